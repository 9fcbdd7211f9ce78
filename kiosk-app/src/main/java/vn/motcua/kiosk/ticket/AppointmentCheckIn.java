package vn.motcua.kiosk.ticket;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.client.ApiException;
import vn.motcua.client.AppointmentApi;
import vn.motcua.client.api.AppointmentView;
import vn.motcua.client.api.IssuedTicket;
import vn.motcua.kiosk.shared.CameraScanner;
import vn.motcua.kiosk.shared.KioskHost;
import vn.motcua.kiosk.shared.OnScreenKeyboard;
import vn.motcua.kiosk.shared.ScannerField;
import vn.motcua.kiosk.shared.Scheduler;

/**
 * "Đã đặt lịch hẹn": the citizen scans the QR code of the booking (handheld scanner or camera) or types its code, and
 * the kiosk checks it in; the ticket that comes back is shown and printed like any other ({@code onIssued}). Whether it
 * is served first is the server's rule; this screen only says why it cannot check in yet (too early, another day).
 */
class AppointmentCheckIn extends Div {

    /** The code after its "LH-", in the letters and digits the server's codes are made of. */
    static final int CODE_LENGTH = 8;

    /** The code as printed (LH-7K2M-Q9XZ), typed without dashes, or inside the booking page's address in the QR. */
    private static final Pattern CODE =
            Pattern.compile("(?i)\\bLH-?([2-9A-HJKMNP-TV-Z]{4})-?([2-9A-HJKMNP-TV-Z]{4})\\b");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Supplier<AppointmentApi> appointments;
    private final long officeId;
    private final KioskHost kiosk;
    private final Consumer<IssuedTicket> onIssued;
    private final ScannerField scanner = new ScannerField(this::scanned);
    private final CameraScanner camera;
    private final StringBuilder typed = new StringBuilder();
    private final Span codeValue = new Span();
    private final Button checkIn = new Button();
    private final Paragraph problem = new Paragraph();
    private OnScreenKeyboard keyboard;
    private String problemText;

    AppointmentCheckIn(
            Supplier<AppointmentApi> appointments,
            long officeId,
            KioskHost kiosk,
            Scheduler scheduler,
            Consumer<IssuedTicket> onIssued) {
        this.appointments = appointments;
        this.officeId = officeId;
        this.kiosk = kiosk;
        this.onIssued = onIssued;
        this.camera = new CameraScanner(scheduler, "camera.appointment", this::scanned, kiosk::touched);
        addClassName("appointment");
        codeValue.addClassName("appointment-code");
        checkIn.addClassName("appointment-check-in");
        checkIn.addClickListener(e -> checkInTyped());
        problem.addClassName("kiosk-message");
    }

    /** The booking code in a scan or in typed text, as the server writes it; empty when there is none. */
    static Optional<String> codeIn(String text) {
        Matcher m = CODE.matcher(text == null ? "" : text);
        return m.find()
                ? Optional.of("LH-" + m.group(1).toUpperCase(Locale.ROOT) + "-"
                        + m.group(2).toUpperCase(Locale.ROOT))
                : Optional.empty();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        removeAll();
        H1 title = new H1(getTranslation("appointment.title"));
        title.addClassName("kiosk-title");
        Paragraph scanHint = new Paragraph(getTranslation("appointment.scan"));
        scanHint.addClassName("lookup-scan");
        Paragraph typeHint = new Paragraph(getTranslation("appointment.type"));
        typeHint.addClassName("lookup-or");
        keyboard = new OnScreenKeyboard(OnScreenKeyboard.APPOINTMENT_CODE, false, this::typed, this::erased);
        checkIn.setText(getTranslation("appointment.check-in"));
        Button back = new Button(getTranslation("kiosk.back"), e -> kiosk.home());
        back.addClassName("kiosk-back");
        Div actions = new Div(checkIn, back);
        actions.addClassName("kiosk-ticket-actions");
        add(title, scanHint, camera, scanner, typeHint, codeValue, problem, keyboard, actions);
        refresh();
        scanner.ready();
    }

    /** A scan or a camera's read, here or on the home screen, which opens this screen for a booking's QR code. */
    void scanned(String text) {
        kiosk.touched();
        codeIn(text).ifPresentOrElse(this::checkIn, () -> failed(getTranslation("appointment.error.bad-qr")));
    }

    private void typed(String key) {
        kiosk.touched();
        problemText = null;
        if (typed.length() < CODE_LENGTH) {
            typed.append(key);
        }
        refresh();
        scanner.ready();
    }

    private void erased() {
        kiosk.touched();
        if (!typed.isEmpty()) {
            typed.setLength(typed.length() - 1);
        }
        refresh();
        scanner.ready();
    }

    private void refresh() {
        String shown = typed + "_".repeat(CODE_LENGTH - typed.length());
        codeValue.setText("LH-" + shown.substring(0, 4) + "-" + shown.substring(4));
        checkIn.setEnabled(typed.length() == CODE_LENGTH);
        problem.setVisible(problemText != null);
        problem.setText(problemText == null ? "" : problemText);
    }

    private void checkInTyped() {
        kiosk.touched();
        codeIn("LH" + typed)
                .ifPresentOrElse(this::checkIn, () -> failed(getTranslation("appointment.error.not-found")));
    }

    private void checkIn(String code) {
        try {
            IssuedTicket issued = appointments.get().checkIn(officeId, code);
            typed.setLength(0);
            onIssued.accept(issued);
        } catch (ApiException e) {
            if (e.unreachable()) {
                kiosk.unavailable();
            } else {
                failed(refusal(code, e));
            }
        }
    }

    private String refusal(String code, ApiException e) {
        if (e.status() == 404) {
            return getTranslation("appointment.error.not-found");
        }
        return switch (e.code() == null ? "" : e.code()) {
            case "APPOINTMENT_TOO_EARLY" ->
                booking(code)
                        .map(b -> getTranslation(
                                "appointment.error.too-early",
                                TIME.format(b.checkInFrom().atZone(zone()))))
                        .orElseGet(() -> getTranslation("appointment.error.other"));
            case "APPOINTMENT_NOT_TODAY" ->
                booking(code)
                        .map(b -> getTranslation(
                                "appointment.error.not-today",
                                DAY.format(b.startsAt().atZone(zone()))))
                        .orElseGet(() -> getTranslation("appointment.error.other"));
            case "APPOINTMENT_CANCELLED" -> getTranslation("appointment.error.cancelled");
            case "OFFICE_CLOSED" ->
                getTranslation(
                        "kiosk.error.office-closed",
                        kiosk.office().opensAt(),
                        kiosk.office().closesAt());
            default -> getTranslation("appointment.error.other");
        };
    }

    private Optional<AppointmentView> booking(String code) {
        try {
            return Optional.of(appointments.get().appointment(officeId, code));
        } catch (ApiException e) {
            return Optional.empty();
        }
    }

    private ZoneId zone() {
        return ZoneId.of(kiosk.office().timeZone());
    }

    private void failed(String text) {
        problemText = text;
        refresh();
        scanner.ready();
    }
}
