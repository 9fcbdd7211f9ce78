package vn.motcua.counter.dossier;

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

import java.util.List;
import java.util.Map;

import vn.motcua.client.api.DossierStatus;

/**
 * Mirrors the server's table of which status may follow which, so that a clerk is offered only moves the
 * server accepts; the server still decides, and its refusal is shown if the two ever differ.
 */
final class NextStatuses {

    private static final Map<DossierStatus, List<DossierStatus>> NEXT = Map.of(
            SUBMITTED, List.of(RECEIVED, REJECTED),
            RECEIVED, List.of(PROCESSING, SUPPLEMENT_REQUESTED, FINANCIAL_OBLIGATION, WITHDRAWN, STOPPED, RESOLVED),
            PROCESSING, List.of(SUPPLEMENT_REQUESTED, FINANCIAL_OBLIGATION, WITHDRAWN, STOPPED, RESOLVED),
            SUPPLEMENT_REQUESTED, List.of(PROCESSING, WITHDRAWN, STOPPED),
            FINANCIAL_OBLIGATION, List.of(PROCESSING, WITHDRAWN, STOPPED),
            RESOLVED, List.of(RETURNED));

    private NextStatuses() {
    }

    static List<DossierStatus> after(DossierStatus status) {
        return NEXT.getOrDefault(status, List.of());
    }

    /** Nothing is left to reschedule once the result is ready or will never come. */
    static boolean finished(DossierStatus status) {
        return status == RESOLVED || after(status).isEmpty();
    }
}
