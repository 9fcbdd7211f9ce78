package vn.motcua.server.dossier;

import java.time.Instant;
import vn.motcua.client.api.DossierHistoryEntry;
import vn.motcua.client.api.DossierStatus;

/** One row of a dossier's status history. */
record StatusEntry(DossierStatus status, Instant at, String byName, String note) {

    DossierHistoryEntry view() {
        return new DossierHistoryEntry(status, status.nationalCode(), at, byName, note);
    }
}
