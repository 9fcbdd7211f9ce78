package vn.motcua.server.notify;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.SequencedMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.motcua.client.api.NotificationChannel;
import vn.motcua.server.appointment.AppointmentReminderDue;
import vn.motcua.server.office.OfficeDirectory;

/**
 * Reminds a citizen of a booking by SMS, to the mobile number the booking page asked for that purpose alone ("used only
 * to remind you"), in the booking's language; worthless once the booked time has passed, so it expires then.
 */
@Component
class AppointmentMessages {

    static final String REMINDER = "appointment-reminder";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final Notifications notifications;
    private final OfficeDirectory offices;
    private final Clock clock;

    AppointmentMessages(Notifications notifications, OfficeDirectory offices, Clock clock) {
        this.notifications = notifications;
        this.offices = offices;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(AppointmentReminderDue due) {
        SequencedMap<String, String> params = new LinkedHashMap<>();
        params.put("code", due.code());
        params.put("time", WHEN.format(due.startsAt()));
        params.put("office", due.officeName());
        params.put("link", due.page());
        notifications.send(new Notification(
                due.officeId(),
                due.code(),
                REMINDER,
                new Notification.Recipient(due.phone(), null, List.of(NotificationChannel.SMS)),
                "en".equals(due.language()) ? Locale.ENGLISH : Locale.forLanguageTag("vi"),
                params,
                clock.instant(),
                due.startsAt().atZone(offices.get(due.officeId()).zone()).toInstant()));
    }
}
