package vn.motcua.server.dossier;

import static vn.motcua.client.api.DossierStatus.FINANCIAL_OBLIGATION;
import static vn.motcua.client.api.DossierStatus.PROCESSING;
import static vn.motcua.client.api.DossierStatus.RECEIVED;
import static vn.motcua.client.api.DossierStatus.REJECTED;
import static vn.motcua.client.api.DossierStatus.RESOLVED;
import static vn.motcua.client.api.DossierStatus.RETURNED;
import static vn.motcua.client.api.DossierStatus.STOPPED;
import static vn.motcua.client.api.DossierStatus.SUBMITTED;
import static vn.motcua.client.api.DossierStatus.SUPPLEMENT_REQUESTED;
import static vn.motcua.client.api.DossierStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.server.shared.RefusedException;

/**
 * Which status may follow which. A dossier taken in at the counter starts as RECEIVED; SUBMITTED and REJECTED
 * belong to submissions that arrive before anyone has looked at them (online), kept so the table covers every
 * national code. Rejected, withdrawn, stopped and returned dossiers are closed.
 */
final class StatusTransitions {

    private static final Map<DossierStatus, Set<DossierStatus>> NEXT = Map.of(
            SUBMITTED, EnumSet.of(RECEIVED, REJECTED),
            // Mẫu 03: the clerk takes the papers in, finds the dossier is not the office's to decide and refuses it
            // before any work starts; once a supplement was requested the dossier was accepted for completion
            RECEIVED,
                    EnumSet.of(
                            PROCESSING,
                            SUPPLEMENT_REQUESTED,
                            FINANCIAL_OBLIGATION,
                            WITHDRAWN,
                            STOPPED,
                            RESOLVED,
                            REJECTED),
            PROCESSING, EnumSet.of(SUPPLEMENT_REQUESTED, FINANCIAL_OBLIGATION, WITHDRAWN, STOPPED, RESOLVED),
            // the applicant brought the missing papers or paid: work goes on
            SUPPLEMENT_REQUESTED, EnumSet.of(PROCESSING, WITHDRAWN, STOPPED),
            FINANCIAL_OBLIGATION, EnumSet.of(PROCESSING, WITHDRAWN, STOPPED),
            RESOLVED, EnumSet.of(RETURNED));

    private StatusTransitions() {}

    static boolean allowed(DossierStatus from, DossierStatus to) {
        return NEXT.getOrDefault(from, Set.of()).contains(to);
    }

    static void require(DossierStatus from, DossierStatus to) {
        if (!allowed(from, to)) {
            throw new RefusedException(
                    HttpStatus.CONFLICT,
                    "DOSSIER_TRANSITION_NOT_ALLOWED",
                    "A dossier in status " + from + " cannot move to " + to + "; allowed: " + after(from));
        }
    }

    static Set<DossierStatus> after(DossierStatus from) {
        return NEXT.getOrDefault(from, Set.of());
    }

    /** Work on the dossier is over (its result is ready or it will never have one): too late to reschedule. */
    static boolean finished(DossierStatus status) {
        return status == RESOLVED || after(status).isEmpty();
    }
}
