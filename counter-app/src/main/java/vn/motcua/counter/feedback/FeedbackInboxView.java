package vn.motcua.counter.feedback;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.client.ApiException;
import vn.motcua.client.FeedbackApi;
import vn.motcua.client.api.FeedbackAnswer;
import vn.motcua.client.api.FeedbackState;
import vn.motcua.client.api.FeedbackView;
import vn.motcua.counter.shared.Refusals;
import vn.motcua.counter.shared.Routes;
import vn.motcua.counter.shared.StaffSession;
import vn.motcua.counter.shared.TopBar;

/**
 * "Phản ánh, kiến nghị": the head's list of the office's feedback, the open ones first by the day their answer is due
 * (overdue ones marked), and the answered ones on demand. A chosen one shows in full with the citizen's contact
 * details, and the head answers it there; "publish" is offered only where the citizen agreed to it.
 */
@RolesAllowed({"HEAD"})
@Route(Routes.FEEDBACK)
public class FeedbackInboxView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int ANSWER_MAX = 4000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    final Select<FeedbackState> state = new Select<>();
    final Grid<FeedbackView> list = new Grid<>();
    final Paragraph none = new Paragraph();
    final Div detail = new Div();
    final TextArea answer = new TextArea();
    final Checkbox publish = new Checkbox();
    final Button send = new Button();
    private StaffSession staff;
    private FeedbackApi feedback;
    private ZoneId zone;
    private FeedbackView chosen;

    public FeedbackInboxView() {
        addClassName("feedback-inbox");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StaffSession.placed(event, false).ifPresent(s -> {
            if (staff == null) {
                build(s);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.title");
    }

    private void build(StaffSession s) {
        staff = s;
        feedback = StaffSession.api(FeedbackApi.class);
        String timeZone = s.office().timeZone();
        zone = timeZone == null ? ZoneId.of("Asia/Ho_Chi_Minh") : ZoneId.of(timeZone);
        state.setLabel(getTranslation("feedback.show"));
        state.setItems(FeedbackState.values());
        state.setItemLabelGenerator(st -> getTranslation("feedback.state." + st.name()));
        state.setValue(FeedbackState.OPEN);
        state.addValueChangeListener(e -> reload());
        setUpList();
        answer.setLabel(getTranslation("feedback.answer"));
        answer.setMaxLength(ANSWER_MAX);
        answer.setWidthFull();
        answer.setMinHeight("8em");
        answer.addClassName("feedback-answer");
        publish.setLabel(getTranslation("feedback.publish"));
        send.setText(getTranslation("feedback.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("feedback-send");
        send.addClickListener(e -> sendAnswer());
        detail.addClassName("feedback-detail");
        detail.setWidthFull();
        none.addClassName("feedback-none");
        add(
                new TopBar(getTranslation("feedback.title"), s.office().name(), s),
                new Paragraph(getTranslation("feedback.help")),
                state,
                none,
                list,
                detail);
        reload();
    }

    private void setUpList() {
        list.addClassName("feedback-list");
        list.addColumn(f -> day(f.receivedAt()))
                .setHeader(getTranslation("feedback.col.received"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        list.addComponentColumn(this::dueCell)
                .setHeader(getTranslation("feedback.col.due"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        list.addColumn(f -> getTranslation("feedback.category." + f.category().name()))
                .setHeader(getTranslation("feedback.col.category"))
                .setAutoWidth(true);
        list.addColumn(f -> getTranslation("feedback.channel." + f.channel().name()))
                .setHeader(getTranslation("feedback.col.channel"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        list.addColumn(f -> f.subject() == null ? "" : f.subject())
                .setHeader(getTranslation("feedback.col.subject"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        list.addColumn(FeedbackView::content)
                .setHeader(getTranslation("feedback.col.content"))
                .setFlexGrow(3);
        list.addColumn(f -> getTranslation(f.answer() == null ? "feedback.open" : "feedback.answered"))
                .setHeader(getTranslation("feedback.col.state"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        list.setAllRowsVisible(true);
        list.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
    }

    Span dueCell(FeedbackView f) {
        Span due = new Span(DAY.format(f.answerDueOn()));
        if (f.overdue()) {
            Span badge = new Span(getTranslation("feedback.overdue"));
            badge.getElement().getThemeList().add("badge error");
            badge.addClassName("feedback-overdue");
            return new Span(due, new Span(" "), badge);
        }
        return due;
    }

    void reload() {
        try {
            List<FeedbackView> shown = feedback.feedback(staff.office().id(), state.getValue());
            list.setItems(shown);
            list.setVisible(!shown.isEmpty());
            none.setText(getTranslation("feedback.none." + state.getValue().name()));
            none.setVisible(shown.isEmpty());
            show(null);
        } catch (ApiException e) {
            Refusals.show(e);
        }
    }

    /** The whole text, who sent it and how to reach them, and either the answer given or the form to give one. */
    private void show(FeedbackView f) {
        chosen = f;
        detail.removeAll();
        detail.setVisible(f != null);
        if (f == null) {
            return;
        }
        detail.add(
                new H2(getTranslation("feedback.reference", f.reference())),
                line(
                        "feedback-meta",
                        getTranslation(
                                "feedback.meta",
                                DAY_TIME.format(f.receivedAt().atZone(zone)),
                                getTranslation("feedback.channel." + f.channel().name()),
                                getTranslation(
                                        "feedback.category." + f.category().name()))),
                line("feedback-content", f.content()));
        if (f.subject() != null) {
            detail.add(line("feedback-subject", getTranslation("feedback.subject", f.subject())));
        }
        detail.add(line("feedback-contact", contact(f)));
        if (f.answer() != null) {
            detail.add(
                    line(
                            "feedback-answered-at",
                            getTranslation(
                                    f.answerPublic() ? "feedback.answeredPublic" : "feedback.answeredPrivate",
                                    DAY_TIME.format(f.answeredAt().atZone(zone)))),
                    line("feedback-given-answer", f.answer()));
            return;
        }
        answer.clear();
        answer.setInvalid(false);
        publish.setValue(false);
        detail.add(answer);
        if (f.publishConsent()) {
            detail.add(publish);
        } else {
            detail.add(line("feedback-no-consent", getTranslation("feedback.noConsent")));
        }
        detail.add(send);
    }

    private String contact(FeedbackView f) {
        List<String> parts = new ArrayList<>();
        if (f.contactName() != null) {
            parts.add(f.contactName());
        }
        if (f.phone() != null) {
            parts.add(f.phone());
        }
        if (f.email() != null) {
            parts.add(f.email());
        }
        return parts.isEmpty()
                ? getTranslation("feedback.noContact")
                : getTranslation("feedback.contact", String.join(" · ", parts));
    }

    private void sendAnswer() {
        String text = answer.getValue().strip();
        if (text.isEmpty()) {
            answer.setErrorMessage(getTranslation("feedback.answer.empty"));
            answer.setInvalid(true);
            return;
        }
        FeedbackView answering = chosen;
        try {
            FeedbackView answered = feedback.answerFeedback(
                    staff.office().id(),
                    answering.id(),
                    new FeedbackAnswer(text, answering.publishConsent() && publish.getValue()));
            Notification done = Notification.show(getTranslation("feedback.sent", answered.reference()));
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
        } catch (ApiException e) {
            if ("ALREADY_ANSWERED".equals(e.code())) {
                Refusals.warn(getTranslation("feedback.error.alreadyAnswered"));
                reload();
            } else if (e.status() == 400) {
                answer.setErrorMessage(getTranslation("feedback.answer.invalid", ANSWER_MAX));
                answer.setInvalid(true);
            } else {
                Refusals.show(e);
            }
        }
    }

    private String day(Instant at) {
        return DAY.format(at.atZone(zone));
    }

    private static Paragraph line(String className, String text) {
        Paragraph line = new Paragraph(text);
        line.addClassName(className);
        return line;
    }
}
