package vn.motcua.client.api;

import java.util.List;

/** A dossier taken in at the counter; {@code ticketId} links the queue ticket it was served on, if any. */
public record DossierRequest(
        long procedureId,
        DossierApplicant applicant,
        List<DossierDocument> documents,
        DossierDelivery delivery,
        String ticketId) {}
