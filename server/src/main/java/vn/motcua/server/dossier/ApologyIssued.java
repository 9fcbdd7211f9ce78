package vn.motcua.server.dossier;

import java.time.Instant;
import java.time.LocalDateTime;
import vn.motcua.client.api.FormRegime;

/**
 * Published inside the transaction that records an apology (Mẫu 04); {@code email} is null when the applicant
 * left none. Listen with {@code @TransactionalEventListener} so that only apologies that commit are sent.
 *
 * @param newDueAt the new appointment, on office-local time
 * @param regime the forms the dossier's papers follow, so that a letter about the apology words it as its form does
 */
public record ApologyIssued(
        long officeId,
        String code,
        String applicantName,
        String email,
        LocalDateTime newDueAt,
        String lookupUrl,
        FormRegime regime,
        Instant at) {}
