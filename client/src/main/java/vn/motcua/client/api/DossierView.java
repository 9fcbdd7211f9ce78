package vn.motcua.client.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A dossier as the department's staff see it. {@code dueAt} is the promise of the receipt, on office-local
 * time; {@code rescheduledDueAt} the one of the apology slip, if any. {@code nextStatuses} are the moves the
 * server's rules allow from the current status (empty once the dossier is closed); {@code apologyLastDay} is the
 * last office-local day an apology may still be issued, or null when none can be any more (one was issued, or
 * work on the dossier is over).
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
        List<DossierHistoryEntry> history,
        List<DossierStatus> nextStatuses,
        LocalDate apologyLastDay) {}
