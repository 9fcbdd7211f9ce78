package vn.motcua.server.notify;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.motcua.client.api.NotificationChannel;
import vn.motcua.server.shared.MobileNumbers;

/**
 * The one way to message a citizen: one outbox row per channel they chose, written in the caller's transaction so the
 * message and the business write commit together; the dispatcher sends it afterwards with retries. The features
 * publish events (a dossier's status, a booking's reminder, a phone ticket's code and turn) and a listener here per
 * feature turns each into a {@link Notification} ({@code DossierMessages}, {@code AppointmentMessages},
 * {@code PhoneTicketMessages}), so no feature depends on this module.
 */
@Component
public class Notifications {

    private final Outbox outbox;
    private final MessageSource messages;

    Notifications(Outbox outbox, MessageSource messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    /** Queues the notification on each channel its recipient chose and gave an address for; none is no message. */
    public void send(Notification notification) {
        for (NotificationChannel channel : channels(notification.to())) {
            address(notification.to(), channel)
                    .ifPresent(to -> outbox.add(
                            notification.officeId(),
                            notification.reference(),
                            notification.template(),
                            message(notification, channel, to),
                            notification.at()));
        }
    }

    private static List<NotificationChannel> channels(Notification.Recipient to) {
        return to.channels() == null
                ? List.of()
                : to.channels().stream().distinct().toList();
    }

    private static Optional<String> address(Notification.Recipient to, NotificationChannel channel) {
        return switch (channel) {
            case SMS, ZALO -> MobileNumbers.international(to.phone());
            case EMAIL -> Optional.ofNullable(to.email()).map(String::strip).filter(e -> e.contains("@"));
        };
    }

    private Outbox.Message message(Notification n, NotificationChannel channel, String to) {
        Locale language = n.language();
        Object[] args = n.params().sequencedValues().toArray();
        String key = "notify." + n.template();
        return switch (channel) {
            case EMAIL ->
                message(
                        n,
                        channel,
                        to,
                        messages.getMessage(key + ".subject", args, language),
                        messages.getMessage(key + ".email", args, language));
            case SMS -> message(n, channel, to, null, messages.getMessage(key + ".sms", args, language));
            // ZNS sends its approved template's own text; the outbox keeps the parameters only
            case ZALO -> message(n, channel, to, null, null);
        };
    }

    private static Outbox.Message message(
            Notification n, NotificationChannel channel, String to, String subject, String body) {
        return new Outbox.Message(
                channel, to, subject, body, null, null, n.template(), n.language(), n.params(), n.expiresAt());
    }
}
