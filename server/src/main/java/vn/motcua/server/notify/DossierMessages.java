package vn.motcua.server.notify;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.motcua.client.api.NotificationChannel;
import vn.motcua.server.dossier.ApologyIssued;
import vn.motcua.server.dossier.DossierContact;
import vn.motcua.server.dossier.DossierStatusChanged;
import vn.motcua.server.dossier.Dossiers;
import vn.motcua.server.office.OfficeDirectory;

/**
 * Tells an applicant who asked to be told of the dossier's news that matter to them: the result is ready, papers are
 * missing, an apology moved the date. Queued in the transaction of the change, on the channels they chose only.
 */
@Component
class DossierMessages {

    static final String RESULT_READY = "dossier-result-ready";
    static final String SUPPLEMENT_REQUESTED = "dossier-supplement-requested";
    static final String APOLOGY = "dossier-apology";
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final Notifications notifications;
    private final Dossiers dossiers;
    private final OfficeDirectory offices;

    DossierMessages(Notifications notifications, Dossiers dossiers, OfficeDirectory offices) {
        this.notifications = notifications;
        this.dossiers = dossiers;
        this.offices = offices;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(DossierStatusChanged change) {
        String template = switch (change.status()) {
            case RESOLVED -> RESULT_READY;
            case SUPPLEMENT_REQUESTED -> SUPPLEMENT_REQUESTED;
            default -> null;
        };
        if (template == null) {
            return;
        }
        DossierContact contact = dossiers.contact(change.officeId(), change.code());
        SequencedMap<String, String> params = new LinkedHashMap<>();
        params.put("code", change.code());
        params.put("office", offices.get(change.officeId()).view().name());
        params.put("link", contact.lookupUrl());
        // a dossier may be asked for papers twice: each request is its own message
        String reference = change.code() + "/" + change.at().toEpochMilli();
        notifications.send(new Notification(
                change.officeId(),
                reference,
                template,
                recipient(contact, contact.notifyBy()),
                contact.language(),
                params,
                change.at(),
                null));
    }

    /**
     * By SMS and Zalo only: an applicant with an email address already gets the apology itself by letter (ApologyMails,
     * the slip as the law has it sent), and a second email saying the same would only confuse.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(ApologyIssued apology) {
        DossierContact contact = dossiers.contact(apology.officeId(), apology.code());
        List<NotificationChannel> channels = contact.notifyBy().stream()
                .filter(c -> c != NotificationChannel.EMAIL)
                .toList();
        SequencedMap<String, String> params = new LinkedHashMap<>();
        params.put("code", apology.code());
        params.put("due", DUE.format(apology.newDueAt()));
        params.put("link", apology.lookupUrl());
        notifications.send(new Notification(
                apology.officeId(),
                apology.code(),
                APOLOGY,
                recipient(contact, channels),
                contact.language(),
                params,
                apology.at(),
                null));
    }

    private static Notification.Recipient recipient(DossierContact contact, List<NotificationChannel> channels) {
        return new Notification.Recipient(contact.phone(), contact.email(), channels);
    }
}
