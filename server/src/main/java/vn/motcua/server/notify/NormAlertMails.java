package vn.motcua.server.notify;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.motcua.server.norm.NormBreachStarted;

/** Queues one letter to the office's heads for each norm breach that starts, in the transaction that records it. */
@Component
class NormAlertMails {

    static final String KIND = "NORM_BREACH";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final Outbox outbox;
    private final MessageSource messages;

    NormAlertMails(Outbox outbox, MessageSource messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(NormBreachStarted started) {
        String kind = "norm.kind." + started.breach().kind().name();
        String subject = text("mail.norm.subject", started, kind, VIETNAMESE) + " / "
                + text("mail.norm.subject", started, kind, Locale.ENGLISH);
        String body = text("mail.norm.body", started, kind, VIETNAMESE) + "\n\n----\n\n"
                + text("mail.norm.body", started, kind, Locale.ENGLISH);
        outbox.add(
                started.breach().officeId(),
                "norm-breach-" + started.breach().id(),
                KIND,
                new Outbox.Letter(String.join(",", started.recipients()), subject, body, null, null),
                started.breach().startedAt());
    }

    private String text(String key, NormBreachStarted started, String kind, Locale locale) {
        Object[] args = {
            messages.getMessage(kind, null, locale),
            started.concerns(),
            started.breach().worst(),
            started.breach().limit(),
            AT.format(started.startedAt()),
            started.officeName()
        };
        return messages.getMessage(key, args, locale);
    }
}
