package vn.motcua.client.api;

import java.util.List;

/**
 * A dossier taken in at the counter; {@code ticketId} links the queue ticket it was served on, if any. {@code sets}
 * is the receipt's "Số lượng hồ sơ: … (bộ)", the number of sets handed in; 0 (left out) means one.
 */
public record DossierRequest(
        long procedureId,
        DossierApplicant applicant,
        List<DossierDocument> documents,
        DossierDelivery delivery,
        String ticketId,
        int sets) {

    /** One set, the usual case. */
    public DossierRequest(
            long procedureId,
            DossierApplicant applicant,
            List<DossierDocument> documents,
            DossierDelivery delivery,
            String ticketId) {
        this(procedureId, applicant, documents, delivery, ticketId, 0);
    }
}
