package vn.motcua.kiosk.lookup;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import vn.motcua.client.ApiException;
import vn.motcua.client.DossierApi;
import vn.motcua.client.api.DossierPublicView;
import vn.motcua.kiosk.shared.CameraScanner;
import vn.motcua.kiosk.shared.KioskHost;
import vn.motcua.kiosk.shared.OnScreenKeyboard;
import vn.motcua.kiosk.shared.ScannerField;
import vn.motcua.kiosk.shared.Scheduler;

/**
 * "Tra cứu hồ sơ": the citizen scans the QR code on the dossier receipt (handheld scanner or camera), or types the
 * dossier code and the last four digits of the phone number given at filing, and sees where the dossier stands and
 * when to come back.
 * What was typed survives a change of language: the kiosk draws the screen again when it is shown again.
 */
public class DossierLookup extends Div {

    static final int PHONE_DIGITS = 4;
    private static final int CODE_LENGTH = 40;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Supplier<DossierApi> dossiers;
    private final KioskHost kiosk;
    private final ScannerField scanner = new ScannerField(this::scanned);
    private final CameraScanner camera;
    private final StringBuilder code = new StringBuilder();
    private final StringBuilder phone = new StringBuilder();
    private final Span codeValue = new Span();
    private final Span phoneValue = new Span();
    private final Button codeField = new Button();
    private final Button phoneField = new Button();
    private final Button search = new Button();
    private final Paragraph problem = new Paragraph();
    private OnScreenKeyboard keyboard;
    private boolean typingPhone;
    private String problemKey;
    private DossierPublicView found;

    /**
     * The look-ups of {@code dossiers} throw ApiException: 404 for a dossier not found (or a key that does not match
     * it), 429 TOO_MANY_ATTEMPTS after repeated failures, UNREACHABLE.
     */
    public DossierLookup(Supplier<DossierApi> dossiers, KioskHost kiosk, Scheduler scheduler) {
        this.dossiers = dossiers;
        this.kiosk = kiosk;
        this.camera = new CameraScanner(scheduler, "camera.receipt", this::scanned, kiosk::touched);
        addClassName("lookup");
        codeValue.addClassName("lookup-value");
        phoneValue.addClassName("lookup-value");
        codeField.addClassNames("lookup-field", "lookup-code");
        codeField.addClickListener(e -> typeInto(false));
        phoneField.addClassNames("lookup-field", "lookup-phone");
        phoneField.addClickListener(e -> typeInto(true));
        search.addClassName("lookup-search");
        search.addClickListener(e -> lookUpTyped());
        problem.addClassName("kiosk-message");
    }

    /* Taps here cannot take the scanner's focus: the kiosk around this screen sees to it (ScannerField.keepFocusIn). */
    @Override
    protected void onAttach(AttachEvent event) {
        draw();
    }

    private void draw() {
        removeAll();
        if (found == null) {
            drawForm();
        } else {
            drawResult();
        }
    }

    private void drawForm() {
        Paragraph scanHint = new Paragraph(getTranslation("lookup.scan"));
        scanHint.addClassName("lookup-scan");
        Paragraph typeHint = new Paragraph(getTranslation("lookup.type"));
        typeHint.addClassName("lookup-or");
        fieldLabel(codeField, "lookup.code", codeValue);
        fieldLabel(phoneField, "lookup.phone", phoneValue);
        Div fields = new Div(codeField, phoneField);
        fields.addClassName("lookup-fields");
        keyboard = new OnScreenKeyboard(OnScreenKeyboard.DOSSIER_CODE, false, this::typed, this::erased);
        search.setText(getTranslation("lookup.search"));
        Div actions = new Div(search, button("kiosk.back", "kiosk-back", kiosk::home));
        actions.addClassName("kiosk-ticket-actions");
        add(title("lookup.title"), scanHint, camera, scanner, typeHint, fields, problem, keyboard, actions);
        refresh();
        scanner.ready();
    }

    private void fieldLabel(Button field, String key, Span value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("lookup-label");
        field.getElement().removeAllChildren();
        field.getElement().appendChild(label.getElement(), value.getElement());
    }

    private void refresh() {
        codeValue.setText(code.toString());
        phoneValue.setText(phone.toString());
        codeField.setClassName("lookup-field-active", !typingPhone);
        phoneField.setClassName("lookup-field-active", typingPhone);
        keyboard.digitsOnly(typingPhone);
        search.setEnabled(!code.isEmpty() && phone.length() == PHONE_DIGITS);
        problem.setVisible(problemKey != null);
        if (problemKey != null) {
            problem.setText(getTranslation(problemKey));
        }
    }

    private void typeInto(boolean phoneNumber) {
        kiosk.touched();
        typingPhone = phoneNumber;
        refresh();
        scanner.ready();
    }

    private void typed(String key) {
        kiosk.touched();
        problemKey = null;
        if (typingPhone) {
            if (phone.length() < PHONE_DIGITS && Character.isDigit(key.charAt(0))) {
                phone.append(key);
            }
        } else if (code.length() < CODE_LENGTH) {
            code.append(key);
        }
        refresh();
        scanner.ready();
    }

    private void erased() {
        kiosk.touched();
        StringBuilder field = typingPhone ? phone : code;
        if (!field.isEmpty()) {
            field.setLength(field.length() - 1);
        }
        refresh();
        scanner.ready();
    }

    private void lookUpTyped() {
        kiosk.touched();
        answer(() ->
                dossiers.get().dossierAtKiosk(kiosk.office().id(), code.toString(), phone.toString(), getLocale()));
    }

    /** Whether {@code text} is a receipt's QR code, which this screen looks up when {@link #scanned} gets it. */
    public static boolean isReceipt(String text) {
        return ReceiptQr.parse(text).isPresent();
    }

    /** A scan or a camera's read, here or on the home screen, which opens this screen for a receipt. */
    public void scanned(String text) {
        kiosk.touched();
        ReceiptQr.parse(text)
                .ifPresentOrElse(
                        qr -> answer(() -> dossiers.get().publicDossier(qr.code(), qr.token(), getLocale())),
                        () -> failed("lookup.error.bad-qr"));
    }

    private void answer(Supplier<DossierPublicView> question) {
        try {
            found = question.get();
            problemKey = null;
            // the next citizen must not find this one's phone digits on the screen
            phone.setLength(0);
            draw();
        } catch (ApiException e) {
            if (e.unreachable()) {
                kiosk.unavailable();
            } else if (e.status() == 404) {
                failed("lookup.error.not-found");
            } else if (e.status() == 429 || "TOO_MANY_ATTEMPTS".equals(e.code())) {
                failed("lookup.error.too-many");
            } else {
                failed("lookup.error.other");
            }
        }
    }

    private void failed(String key) {
        problemKey = key;
        refresh();
        scanner.ready();
    }

    private void drawResult() {
        Span codeText = new Span(found.code());
        codeText.addClassName("lookup-result-code");
        Div card = new Div(
                label("lookup.code"),
                codeText,
                line("lookup-procedure", found.procedureName()),
                line("lookup-applicant", getTranslation("lookup.applicant", found.applicant())),
                line(
                        "lookup-status",
                        getTranslation("dossier.status." + found.status().name())));
        card.addClassName("lookup-result");
        if (found.dueAt() != null) {
            card.add(line(
                    "lookup-due",
                    getTranslation(
                            "lookup.due",
                            HOUR.format(found.dueAt()),
                            MINUTE.format(found.dueAt()),
                            DAY.format(found.dueAt()))));
        }
        if (found.nextStep() != null && !found.nextStep().isBlank()) {
            card.add(line("lookup-next", found.nextStep()));
        }
        Button again = button("lookup.again", "kiosk-reprint", () -> {
            kiosk.touched();
            found = null;
            code.setLength(0);
            typingPhone = false;
            draw();
        });
        Div actions = new Div(again, button("kiosk.ticket.done", "kiosk-done", kiosk::home));
        actions.addClassName("kiosk-ticket-actions");
        add(title("lookup.title"), card, actions);
    }

    private Button button(String key, String className, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.addClassName(className);
        return button;
    }

    private H1 title(String key) {
        H1 title = new H1(getTranslation(key));
        title.addClassName("kiosk-title");
        return title;
    }

    private Span label(String key) {
        Span label = new Span(getTranslation(key));
        label.addClassName("ticket-label");
        return label;
    }

    private static Paragraph line(String className, String text) {
        Paragraph line = new Paragraph(text);
        line.addClassName(className);
        return line;
    }
}
