package vn.motcua.kiosk.feedback;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import vn.motcua.client.ApiException;
import vn.motcua.client.FeedbackApi;
import vn.motcua.client.api.FeedbackCategory;
import vn.motcua.client.api.FeedbackRequest;
import vn.motcua.client.api.FeedbackStatus;
import vn.motcua.kiosk.shared.KioskHost;
import vn.motcua.kiosk.shared.OnScreenKeyboard;

/**
 * "Phản ánh, kiến nghị" at the kiosk, for someone who has never used one: what it is about as big buttons, then the
 * text typed on the on-screen keyboard (tone keys put the marks), a phone number, an email address and the ticket
 * number if the citizen wants, and consent to publish; sent, the reference shows in large letters with the public
 * page where the answer will be. The next citizen finds none of it: everything typed is cleared once it is sent or
 * the kiosk goes home. What was typed survives a change of language: the kiosk draws the screen again when shown.
 */
public class FeedbackForm extends Div {

    static final int CONTENT_MIN = 10;
    static final int CONTENT_MAX = 2000;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .]{8,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Lower-case letters, the hatted and horned ones, and the punctuation of a sentence. */
    static final List<String> TEXT = List.of("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm,.?", "ăâđêôơư");

    static final List<String> EMAIL_KEYS = List.of("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm.@-_");
    private static final Map<Character, String> TONE_KEYS = Map.of(
            VietnameseTones.SAC, "sac",
            VietnameseTones.HUYEN, "huyen",
            VietnameseTones.HOI, "hoi",
            VietnameseTones.NGA, "nga",
            VietnameseTones.NANG, "nang");
    private static final List<Character> TONE_ORDER = List.of(
            VietnameseTones.SAC, VietnameseTones.HUYEN, VietnameseTones.HOI, VietnameseTones.NGA, VietnameseTones.NANG);

    /** The fields a citizen types into, in the order they are shown. */
    enum Field {
        CONTENT,
        PHONE,
        EMAIL,
        SUBJECT
    }

    private final Supplier<FeedbackApi> feedback;
    private final long officeId;
    private final KioskHost kiosk;
    private final KioskInput content = new KioskInput("textarea", CONTENT_MAX, () -> typedOnKeyboard(Field.CONTENT));
    private final KioskInput phone = new KioskInput("input", 20, () -> typedOnKeyboard(Field.PHONE));
    private final KioskInput email = new KioskInput("input", 254, () -> typedOnKeyboard(Field.EMAIL));
    private final KioskInput subject = new KioskInput("input", 40, () -> typedOnKeyboard(Field.SUBJECT));
    private final Span count = new Span();
    private final Button consent = new Button();
    private final Button send = new Button();
    private final Paragraph problem = new Paragraph();
    private final Div keys = new Div();
    private final Map<Field, Div> boxes = new EnumMap<>(Field.class);
    private FeedbackCategory category;
    private Field typing = Field.CONTENT;
    private boolean consented;
    private String problemKey;
    private FeedbackStatus filed;

    /** Filing throws ApiException: 400 naming the faulty field, UNREACHABLE, or a refusal of the kiosk itself. */
    public FeedbackForm(Supplier<FeedbackApi> feedback, long officeId, KioskHost kiosk) {
        this.feedback = feedback;
        this.officeId = officeId;
        this.kiosk = kiosk;
        addClassName("feedback");
        content.addClassNames("feedback-input", "feedback-content");
        phone.addClassNames("feedback-input", "feedback-phone");
        email.addClassNames("feedback-input", "feedback-email");
        subject.addClassNames("feedback-input", "feedback-subject");
        count.addClassName("feedback-count");
        consent.addClassName("feedback-consent");
        consent.addClickListener(e -> {
            kiosk.writing();
            consented = !consented;
            refresh();
        });
        send.addClassName("feedback-send");
        send.addClickListener(e -> send());
        problem.addClassName("kiosk-message");
        keys.addClassName("feedback-keys");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        draw();
    }

    private void draw() {
        removeAll();
        if (filed != null) {
            drawFiled();
        } else if (category == null) {
            drawCategories();
        } else {
            drawForm();
        }
    }

    private void drawCategories() {
        Div categories = new Div();
        categories.addClassName("feedback-categories");
        for (FeedbackCategory c : FeedbackCategory.values()) {
            Button button = new Button(getTranslation("feedback.category." + c.name()), e -> {
                kiosk.writing();
                category = c;
                typing = Field.CONTENT;
                draw();
            });
            button.addClassName("feedback-category");
            categories.add(button);
        }
        Div actions = new Div(button("kiosk.back", "kiosk-back", kiosk::home));
        actions.addClassName("kiosk-ticket-actions");
        add(title("feedback.title"), line("feedback-intro", getTranslation("feedback.choose")), categories, actions);
    }

    private void drawForm() {
        Paragraph chosen = line("feedback-chosen", getTranslation("feedback.category." + category.name()));
        Div fields = new Div(
                field(Field.PHONE, "feedback.phone", phone),
                field(Field.EMAIL, "feedback.email", email),
                field(Field.SUBJECT, "feedback.subject", subject));
        fields.addClassName("feedback-fields");
        Div actions = new Div(send, button("feedback.back", "kiosk-back", () -> {
            kiosk.writing();
            category = null;
            draw();
        }));
        actions.addClassName("kiosk-ticket-actions");
        send.setText(getTranslation("feedback.send"));
        add(
                title("feedback.title"),
                chosen,
                field(Field.CONTENT, "feedback.content", content, count),
                fields,
                consent,
                problem,
                keys,
                actions);
        drawKeys();
        refresh();
        input(typing).focus();
    }

    private Div field(Field field, String labelKey, KioskInput input, Span... extra) {
        input.getElement().setAttribute("aria-label", getTranslation(labelKey));
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("feedback-label");
        Div box = new Div(label);
        box.add(extra);
        box.add(input);
        box.addClassNames("feedback-field", "feedback-field-" + field.name().toLowerCase(Locale.ROOT));
        box.addClickListener(e -> choose(field));
        boxes.put(field, box);
        return box;
    }

    private void choose(Field field) {
        kiosk.writing();
        if (typing != field) {
            typing = field;
            drawKeys();
        }
        refresh();
        input(typing).focus();
    }

    /** The keys the chosen field needs: words and tone marks, digits, an address, or a ticket or dossier code. */
    private void drawKeys() {
        keys.removeAll();
        OnScreenKeyboard keyboard = switch (typing) {
            case CONTENT -> new OnScreenKeyboard(TEXT, true, this::typed, this::erased);
            case EMAIL -> new OnScreenKeyboard(EMAIL_KEYS, false, this::typed, this::erased);
            case PHONE, SUBJECT ->
                new OnScreenKeyboard(OnScreenKeyboard.DOSSIER_CODE, false, this::typed, this::erased);
        };
        keyboard.digitsOnly(typing == Field.PHONE);
        keys.add(keyboard);
        if (typing == Field.CONTENT) {
            Div tones = new Div();
            tones.addClassNames("keyboard-row", "keyboard-tones");
            for (char tone : TONE_ORDER) {
                Button key = new Button(getTranslation("feedback.tone." + TONE_KEYS.get(tone)), e -> {
                    kiosk.writing();
                    content.change(text -> VietnameseTones.apply(text, tone));
                    refresh();
                });
                key.addClassNames("key", "key-tone");
                tones.add(key);
            }
            keyboard.add(tones);
        }
    }

    private KioskInput input(Field field) {
        return switch (field) {
            case CONTENT -> content;
            case PHONE -> phone;
            case EMAIL -> email;
            case SUBJECT -> subject;
        };
    }

    private void typed(String key) {
        kiosk.writing();
        problemKey = null;
        input(typing).type(key);
        refresh();
    }

    private void erased() {
        kiosk.writing();
        input(typing).erase();
        refresh();
    }

    /**
     * Typed on a keyboard rather than on the screen's keys: the field typed into is the one the screen's keys go to
     * next, and the focus stays where the keyboard put it.
     */
    private void typedOnKeyboard(Field field) {
        kiosk.writing();
        problemKey = null;
        if (typing != field) {
            typing = field;
            drawKeys();
        }
        refresh();
    }

    private void refresh() {
        boxes.forEach((field, box) -> box.getElement().getClassList().set("feedback-field-active", field == typing));
        int length = content.value().strip().length();
        count.setText(getTranslation("feedback.count", length, CONTENT_MAX));
        consent.setText(getTranslation(consented ? "feedback.consent.yes" : "feedback.consent.no"));
        consent.getElement().getClassList().set("feedback-consent-given", consented);
        send.setEnabled(length >= CONTENT_MIN);
        problem.setVisible(problemKey != null);
        if (problemKey != null) {
            problem.setText(getTranslation(problemKey));
        }
    }

    private void send() {
        kiosk.writing();
        String phoneNumber = blankToNull(phone.value());
        String address = blankToNull(email.value());
        if (phoneNumber != null && !PHONE.matcher(phoneNumber).matches()) {
            failed(Field.PHONE, "feedback.error.phone");
            return;
        }
        if (address != null && !EMAIL.matcher(address).matches()) {
            failed(Field.EMAIL, "feedback.error.email");
            return;
        }
        try {
            filed = feedback.get()
                    .fileFeedback(
                            officeId,
                            new FeedbackRequest(
                                    category,
                                    content.value().strip(),
                                    null,
                                    phoneNumber,
                                    address,
                                    consented,
                                    blankToNull(subject.value())));
            forget();
            draw();
        } catch (ApiException e) {
            if (e.unreachable()) {
                kiosk.unavailable();
            } else if (e.status() == 400) {
                String field = e.fieldErrors().isEmpty()
                        ? ""
                        : e.fieldErrors().getFirst().get("field");
                switch (field == null ? "" : field) {
                    case "phone" -> failed(Field.PHONE, "feedback.error.phone");
                    case "email" -> failed(Field.EMAIL, "feedback.error.email");
                    case "subject" -> failed(Field.SUBJECT, "feedback.error.subject");
                    default -> failed(Field.CONTENT, "feedback.error.content");
                }
            } else {
                failed(typing, "feedback.error.other");
            }
        }
    }

    private void failed(Field field, String key) {
        problemKey = key;
        choose(field);
    }

    /** Nothing the citizen typed stays for whoever comes next. */
    private void forget() {
        content.clear();
        phone.clear();
        email.clear();
        subject.clear();
        consented = false;
        problemKey = null;
        typing = Field.CONTENT;
    }

    private void drawFiled() {
        Span reference = new Span(filed.reference());
        reference.addClassName("feedback-reference");
        Span label = new Span(getTranslation("feedback.reference"));
        label.addClassName("ticket-label");
        Div card = new Div(
                line("feedback-thanks", getTranslation("feedback.filed")),
                label,
                reference,
                line("feedback-due", getTranslation("feedback.due", DAY.format(filed.answerDueOn()))),
                line("feedback-follow", getTranslation("feedback.follow")),
                line("feedback-url", filed.followUrl()),
                line("feedback-keep", getTranslation("feedback.keep")));
        card.addClassName("feedback-filed");
        Div actions = new Div(button("kiosk.ticket.done", "kiosk-done", kiosk::home));
        actions.addClassName("kiosk-ticket-actions");
        add(title("feedback.title"), card, actions);
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

    private static Paragraph line(String className, String text) {
        Paragraph line = new Paragraph(text);
        line.addClassName(className);
        return line;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
