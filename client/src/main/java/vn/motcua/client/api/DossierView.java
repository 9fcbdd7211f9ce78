package vn.motcua.client.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A dossier as the department's staff see it. {@code dueAt} is the promise of the receipt, on office-local
 * time; {@code rescheduledDueAt} the one of the apology slip, if any.
 */
public record DossierView(
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
        int nationalStatusCode,
        Instant receivedAt,
        LocalDateTime dueAt,
        LocalDateTime rescheduledDueAt,
        DossierTimeliness timeliness,
        String lookupUrl,
        List<DossierHistoryEntry> history) {
}
