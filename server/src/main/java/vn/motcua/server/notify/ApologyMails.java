package vn.motcua.server.notify;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.motcua.server.dossier.ApologyIssued;
import vn.motcua.server.dossier.Dossiers;

/**
 * Queues the apology slip for an applicant who left an email address (ND 61/2018: the slip is sent by email where
 * the dossier was filed online). Written just before the apology commits and in its transaction, so the two commit
 * together; the PDF is rendered now so every retry sends the very letter the counter printed. The subject and text
 * follow the dossier's form regime like the attached form: TT 01/2018's apology sets a new date for the result,
 * TT 03/2025's asks the applicant to agree to an extension.
 */
@Component
class ApologyMails {

    static final String KIND = "APOLOGY";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final Outbox outbox;
    private final Dossiers dossiers;
    private final MessageSource messages;

    ApologyMails(Outbox outbox, Dossiers dossiers, MessageSource messages) {
        this.outbox = outbox;
        this.dossiers = dossiers;
        this.messages = messages;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(ApologyIssued apology) {
        if (apology.email() == null || apology.email().isBlank()) {
            return;
        }
        Object[] args = {apology.applicantName(), apology.code(), DUE.format(apology.newDueAt()), apology.lookupUrl()};
        // Vietnamese first, then English, in one letter: the applicant's language is not recorded
        String subjectKey = "mail.apology.subject." + apology.regime().name();
        String bodyKey = "mail.apology.body." + apology.regime().name();
        String subject = messages.getMessage(subjectKey, args, VIETNAMESE) + " / "
                + messages.getMessage(subjectKey, args, Locale.ENGLISH);
        String body = messages.getMessage(bodyKey, args, VIETNAMESE) + "\n\n----\n\n"
                + messages.getMessage(bodyKey, args, Locale.ENGLISH);
        byte[] pdf = dossiers.apologyPdf(apology.officeId(), apology.code());
        outbox.add(
                apology.officeId(),
                apology.code(),
                KIND,
                new Outbox.Letter(apology.email().strip(), subject, body, apology.code() + "-xin-loi.pdf", pdf),
                apology.at());
    }
}
