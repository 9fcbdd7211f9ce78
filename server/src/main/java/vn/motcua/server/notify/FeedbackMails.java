package vn.motcua.server.notify;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.motcua.server.feedback.FeedbackAnswered;
import vn.motcua.server.feedback.FeedbackFiled;

/**
 * Feedback reaches the office's heads by letter when it is filed, and its answer the citizen who left an address, each
 * queued in the transaction that records it. The citizen's letter is in Vietnamese: the form does not ask for a
 * language, and the answer itself is written in Vietnamese.
 */
@Component
class FeedbackMails {

    static final String FILED = "FEEDBACK_FILED";
    static final String ANSWERED = "FEEDBACK_ANSWERED";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Outbox outbox;
    private final MessageSource messages;

    FeedbackMails(Outbox outbox, MessageSource messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(FeedbackFiled filed) {
        if (filed.recipients().isEmpty()) {
            return;
        }
        Object[] args = {
            filed.reference(),
            DAY.format(filed.answerDueOn()),
            filed.officeName(),
            messages.getMessage("feedback.category." + filed.category().name(), null, VIETNAMESE),
            filed.content()
        };
        outbox.add(
                filed.officeId(),
                filed.reference(),
                FILED,
                new Outbox.Letter(
                        String.join(",", filed.recipients()),
                        messages.getMessage("mail.feedback.filed.subject", args, VIETNAMESE),
                        messages.getMessage("mail.feedback.filed.body", args, VIETNAMESE),
                        null,
                        null),
                filed.receivedAt());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(FeedbackAnswered answered) {
        if (answered.email() == null) {
            return;
        }
        Object[] args = {
            answered.reference(),
            answered.contactName() == null ? "" : answered.contactName(),
            answered.officeName(),
            answered.answer()
        };
        outbox.add(
                answered.officeId(),
                answered.reference(),
                ANSWERED,
                new Outbox.Letter(
                        answered.email(),
                        messages.getMessage("mail.feedback.answered.subject", args, VIETNAMESE),
                        messages.getMessage("mail.feedback.answered.body", args, VIETNAMESE),
                        null,
                        null),
                answered.answeredAt());
    }
}
