package vn.motcua.server.notify;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.motcua.server.monthly.MonthlyReportMade;
import vn.motcua.server.security.OfficeHeads;

/**
 * Queues the monthly report to each head of the office, with the PDF attached, in the transaction that claimed the
 * report (decision 0017), so a report is mailed exactly when it is recorded as made.
 */
@Component
class MonthlyReportMails {

    static final String KIND = "MONTHLY_REPORT";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Outbox outbox;
    private final MessageSource messages;

    MonthlyReportMails(Outbox outbox, MessageSource messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(MonthlyReportMade report) {
        String month = String.format(
                "%02d/%d", report.month().getMonthValue(), report.month().getYear());
        for (OfficeHeads.Head head : report.heads()) {
            Object[] args = {head.name(), report.officeName(), month};
            // Vietnamese first, then English, in one letter, as the apology letters are written
            String subject = messages.getMessage("mail.monthly.subject", args, VIETNAMESE) + " / "
                    + messages.getMessage("mail.monthly.subject", args, Locale.ENGLISH);
            String body = messages.getMessage("mail.monthly.body", args, VIETNAMESE) + "\n\n----\n\n"
                    + messages.getMessage("mail.monthly.body", args, Locale.ENGLISH);
            outbox.add(
                    report.officeId(),
                    reference(report, head),
                    KIND,
                    new Outbox.Letter(head.email(), subject, body, report.fileName(), report.pdf()),
                    report.at());
        }
    }

    /** The outbox keeps one letter per reference and kind: here one per office, month and head. */
    static String reference(MonthlyReportMade report, OfficeHeads.Head head) {
        return "BC-" + report.month() + "-" + report.officeId() + "-" + head.staffId();
    }
}
