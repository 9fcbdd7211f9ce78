package vn.motcua.kiosk.rating;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.client.ApiException;
import vn.motcua.client.LiveListener;
import vn.motcua.client.LiveSubscription;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.OfficeApi;
import vn.motcua.client.RatingApi;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.OfficeSnapshot;
import vn.motcua.client.api.QueueEvent;
import vn.motcua.client.api.QueueEventType;
import vn.motcua.client.api.RatingLevel;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.TicketView;
import vn.motcua.kiosk.device.ForDevice;
import vn.motcua.kiosk.device.PairedDevices;
import vn.motcua.kiosk.device.Pairing;
import vn.motcua.kiosk.shared.IdleTimer;
import vn.motcua.kiosk.shared.Scheduler;

/**
 * The tablet on a counter: at rest it shows the counter and the clerk on duty (from the snapshot, then from each
 * command at the counter, which names its clerk); when the clerk finishes serving a ticket it asks the
 * citizen how the service was, and goes back to rest after a quiet spell or a thank-you. A rating that cannot
 * reach the server is tried again a few times behind a "sending" note before the tablet apologises.
 */
@Route("rating")
@ForDevice(Role.RATING_TABLET)
class RatingView extends Div {

    static final Duration IDLE = Duration.ofSeconds(30);
    static final Duration THANKS = Duration.ofSeconds(5);
    static final Duration RETRY = Duration.ofSeconds(10);
    static final Duration SEND_RETRY = Duration.ofSeconds(3);
    static final int SEND_ATTEMPTS = 3;
    static final int COMMENT_LENGTH = 500;

    private final long officeId;
    private final long counterId;
    private final Supplier<OfficeApi> offices;
    private final Supplier<RatingApi> ratings;
    private final CounterFeed feed;
    private final Scheduler scheduler;
    private final IdleTimer idle;
    private final IdleTimer thanks;
    private final Span offline = new Span();
    private final Div content = new Div();
    private CounterView counter;
    private String clerkName;
    private boolean resting;
    private AutoCloseable subscription;
    private Registration retry;
    private Registration sendRetry;
    private Rating sending;

    @Autowired
    RatingView(PairedDevices devices, Scheduler scheduler) {
        this(devices, devices.current(), scheduler);
    }

    private RatingView(PairedDevices devices, Pairing tablet, Scheduler scheduler) {
        this(
                tablet.officeId(),
                tablet.counterId(),
                devices.api(tablet, MotcuaClient::offices),
                devices.api(tablet, MotcuaClient::ratings),
                listener -> LiveSubscription.counter(
                        devices.client(tablet), tablet.officeId(), tablet.counterId(), listener),
                scheduler);
    }

    /** Each call to the server throws ApiException while it is out of reach, ALREADY_RATED for a rating too. */
    RatingView(
            long officeId,
            long counterId,
            Supplier<OfficeApi> offices,
            Supplier<RatingApi> ratings,
            CounterFeed feed,
            Scheduler scheduler) {
        this.officeId = officeId;
        this.counterId = counterId;
        this.offices = offices;
        this.ratings = ratings;
        this.feed = feed;
        this.scheduler = scheduler;
        this.idle = new IdleTimer(scheduler, IDLE, this::rest);
        this.thanks = new IdleTimer(scheduler, THANKS, this::rest);
        addClassName("rating");
        offline.setText(getTranslation("board.offline"));
        offline.addClassName("board-offline");
        content.addClassName("rating-content");
        add(offline, content);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        connect(event.getUI());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        idle.stop();
        thanks.stop();
        if (retry != null) {
            retry.remove();
            retry = null;
        }
        if (sendRetry != null) {
            sendRetry.remove();
            sendRetry = null;
        }
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                throw new IllegalStateException("Could not close the live subscription", e);
            }
            subscription = null;
        }
    }

    private void connect(UI ui) {
        retry = null;
        offline.setVisible(true);
        try {
            counter = offices.get().office(officeId).counters().stream()
                    .filter(c -> c.id() == counterId)
                    .findFirst()
                    .orElseThrow(
                            () -> new IllegalStateException("Counter " + counterId + " is not in office " + officeId));
            rest();
            subscription = feed.subscribe(new Listener(ui));
        } catch (ApiException e) {
            retry = scheduler.schedule(ui, RETRY, () -> connect(ui));
        }
    }

    private void rest() {
        idle.stop();
        thanks.stop();
        sending = null;
        content.removeAll();
        Span number = new Span(getTranslation("rating.rest.counter", counter.number()));
        number.addClassName("rating-counter");
        Paragraph name = new Paragraph(counter.name());
        name.addClassName("rating-counter-name");
        Paragraph welcome = new Paragraph(getTranslation("rating.rest.welcome"));
        welcome.addClassName("rating-welcome");
        content.add(number);
        if (saysMoreThanItsNumber(counter)) {
            content.add(name);
        }
        if (clerkName != null) {
            Paragraph clerk = new Paragraph(getTranslation("rating.rest.clerk", clerkName));
            clerk.addClassName("rating-clerk");
            content.add(clerk);
        }
        content.add(welcome);
        resting = true;
    }

    /**
     * "Quầy số 1" is already written large: a name such as "Quầy 1" would only say it again, while one such as
     * "Quầy 1 – Đất đai" says what the counter is for.
     */
    static boolean saysMoreThanItsNumber(CounterView counter) {
        String rest = counter.name()
                .toLowerCase(Locale.ROOT)
                .replace("quầy", "")
                .replace("số", "")
                .replaceAll("[\\s.:#-]", "");
        return !rest.equals(String.valueOf(counter.number()));
    }

    /** A new clerk on duty shows at once if the tablet is at rest, else at its next rest. */
    private void onDuty(String name) {
        if (name != null && !name.equals(clerkName)) {
            clerkName = name;
            if (resting) {
                rest();
            }
        }
    }

    private void ask(TicketView ticket) {
        resting = false;
        idle.restart();
        thanks.stop();
        sending = null;
        content.removeAll();
        H1 question = new H1(getTranslation("rating.question"));
        question.addClassName("rating-question");
        Paragraph number = new Paragraph(getTranslation("rating.ticket", ticket.code()));
        number.addClassName("rating-ticket");
        Div choices = new Div();
        choices.addClassName("rating-choices");
        for (RatingLevel level : RatingLevel.values()) {
            Button choice = new Button(getTranslation("rating.level." + level.name()), e -> {
                if (level == RatingLevel.DISSATISFIED) {
                    askWhy(ticket);
                } else {
                    finish(new Rating(ticket.id(), level, Set.of(), null));
                }
            });
            choice.addClassNames(
                    "rating-choice", "rating-" + level.name().toLowerCase().replace('_', '-'));
            choices.add(choice);
        }
        content.add(question, number, choices);
    }

    private void askWhy(TicketView ticket) {
        idle.restart();
        content.removeAll();
        Set<DissatisfactionReason> chosen = EnumSet.noneOf(DissatisfactionReason.class);
        H1 title = new H1(getTranslation("rating.reasons.title"));
        title.addClassName("rating-question");
        Div reasons = new Div();
        reasons.addClassName("rating-reasons");
        for (DissatisfactionReason reason : DissatisfactionReason.values()) {
            Button toggle = new Button(getTranslation("rating.reason." + reason.name()));
            toggle.addClassName("rating-reason");
            toggle.getElement().setAttribute("aria-pressed", "false");
            toggle.addClickListener(e -> {
                idle.restart();
                boolean on = !chosen.remove(reason);
                if (on) {
                    chosen.add(reason);
                }
                toggle.getElement().setAttribute("aria-pressed", String.valueOf(on));
                toggle.setClassName("rating-reason-chosen", on);
            });
            reasons.add(toggle);
        }
        TextArea comment = new TextArea(getTranslation("rating.comment"));
        comment.setMaxLength(COMMENT_LENGTH);
        comment.addClassName("rating-comment");
        comment.addValueChangeListener(e -> idle.restart());
        Button send = new Button(
                getTranslation("rating.send"),
                e -> finish(new Rating(
                        ticket.id(),
                        RatingLevel.DISSATISFIED,
                        Set.copyOf(chosen),
                        comment.getValue().isBlank() ? null : comment.getValue().trim())));
        send.addClassName("rating-send");
        // a tap on "Không hài lòng" by mistake must not force the citizen through the reasons
        Button back = new Button(getTranslation("rating.back"), e -> ask(ticket));
        back.addClassName("rating-back");
        Div actions = new Div(back, send);
        actions.addClassName("rating-actions");
        content.add(title, reasons, comment, actions);
    }

    private void finish(Rating rating) {
        idle.stop();
        sending = rating;
        send(rating, 1);
    }

    /**
     * A retry can outlive its screen: when the next citizen's question has taken over meanwhile, its outcome
     * is not shown, so that nobody is thanked or apologised to for someone else's rating.
     */
    private void send(Rating rating, int attempt) {
        sendRetry = null;
        try {
            ratings.get().rate(officeId, rating.request());
            conclude(rating, "rating.thanks", "rating-thanks");
        } catch (ApiException e) {
            if (e.unreachable() && attempt < SEND_ATTEMPTS) {
                if (sending == rating) {
                    show("rating.sending", "rating-sending");
                }
                sendRetry = scheduler.schedule(UI.getCurrent(), SEND_RETRY, () -> send(rating, attempt + 1));
            } else {
                conclude(
                        rating,
                        "ALREADY_RATED".equals(e.code()) ? "rating.error.already-rated" : "rating.error.not-saved",
                        "rating-notice");
            }
        }
    }

    private void conclude(Rating rating, String key, String className) {
        if (sending == rating) {
            sending = null;
            show(key, className);
            thanks.restart();
        }
    }

    private void show(String key, String className) {
        resting = false;
        content.removeAll();
        Paragraph text = new Paragraph(getTranslation(key));
        text.addClassName(className);
        content.add(text);
    }

    private void heard(QueueEvent event) {
        if (counter == null || event.counterId() == null || event.counterId() != counter.id()) {
            return;
        }
        onDuty(event.clerkName());
        if (event.type() == QueueEventType.FINISHED && event.ticket() != null) {
            ask(event.ticket());
        }
    }

    /** Hands what the subscription's thread receives to this screen's UI, and pushes it. */
    private final class Listener implements LiveListener {

        private final UI ui;

        Listener(UI ui) {
            this.ui = ui;
        }

        @Override
        public void onSnapshot(OfficeSnapshot snapshot) {
            ui.access(() -> snapshot.counters().stream()
                    .filter(c -> counter != null && c.counterId() == counter.id())
                    .findFirst()
                    .ifPresent(c -> onDuty(c.clerkName())));
        }

        @Override
        public void onEvent(QueueEvent event) {
            ui.access(() -> heard(event));
        }

        @Override
        public void onConnectionChanged(boolean connected) {
            ui.access(() -> offline.setVisible(!connected));
        }
    }
}
