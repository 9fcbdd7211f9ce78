package vn.motcua.server.dossier;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * Published inside the transaction that records an apology (Mẫu 04); {@code email} is null when the applicant
 * left none. Listen with {@code @TransactionalEventListener} so that only apologies that commit are sent.
 *
 * @param newDueAt the new appointment, on office-local time
 */
public record ApologyIssued(
        long officeId,
        String code,
        String applicantName,
        String email,
        LocalDateTime newDueAt,
        String lookupUrl,
        Instant at) {}
