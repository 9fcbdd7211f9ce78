package vn.motcua.server.notify;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.SequencedMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.motcua.client.api.NotificationChannel;
import vn.motcua.server.phone.PhoneCodeSent;
import vn.motcua.server.phone.PhoneTurnNear;

/**
 * A phone ticket's two SMS, to the number the citizen typed on the ticket page for them: the one-time code (worthless
 * once it expires, so it expires then) and the turn near (worthless after the day). Neither holds more than the code,
 * the ticket's number and the office.
 */
@Component
class PhoneTicketMessages {

    static final String CODE = "phone-code";
    static final String TURN_NEAR = "phone-turn-near";

    private final Notifications notifications;
    private final Clock clock;

    PhoneTicketMessages(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(PhoneCodeSent sent) {
        SequencedMap<String, String> params = new LinkedHashMap<>();
        params.put("code", sent.code());
        params.put("office", sent.officeName());
        params.put("minutes", Long.toString(sent.minutes()));
        notifications.send(new Notification(
                sent.officeId(),
                sent.request(),
                CODE,
                new Notification.Recipient(sent.phone(), null, List.of(NotificationChannel.SMS)),
                language(sent.language()),
                params,
                clock.instant(),
                sent.expiresAt()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(PhoneTurnNear near) {
        SequencedMap<String, String> params = new LinkedHashMap<>();
        params.put("ticket", near.ticketCode());
        params.put("office", near.officeName());
        params.put("ahead", Integer.toString(near.ahead()));
        params.put("link", near.page());
        notifications.send(new Notification(
                near.officeId(),
                near.ticketId(),
                TURN_NEAR,
                new Notification.Recipient(near.phone(), null, List.of(NotificationChannel.SMS)),
                language(near.language()),
                params,
                clock.instant(),
                near.expiresAt()));
    }

    private static Locale language(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }
}
