package vn.motcua.server.dossier;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import vn.motcua.client.api.DossierApplicant;
import vn.motcua.client.api.DossierDelivery;
import vn.motcua.client.api.DossierDocument;
import vn.motcua.client.api.DossierStatus;

/**
 * A dossier as stored; the apology fields are null until an apology is issued, and {@code apologyLate} tells one
 * issued after its last day.
 */
record DossierRow(
        long id,
        String code,
        long officeId,
        long procedureId,
        String procedureName,
        int processingDays,
        DossierApplicant applicant,
        List<DossierDocument> documents,
        DossierDelivery delivery,
        String ticketId,
        DossierStatus status,
        Instant receivedAt,
        LocalDateTime dueAt,
        String receivedByName,
        String apologyReason,
        LocalDateTime apologyNewDueAt,
        Instant apologyIssuedAt,
        String apologySignerTitle,
        String apologySignerName,
        boolean apologyLate) {

    boolean apologized() {
        return apologyIssuedAt != null;
    }

    /** The appointment the applicant now holds: the apology's new date, else the receipt's. */
    LocalDateTime currentDueAt() {
        return apologyNewDueAt != null ? apologyNewDueAt : dueAt;
    }
}
