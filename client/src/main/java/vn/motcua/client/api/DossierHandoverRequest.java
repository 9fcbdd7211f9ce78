package vn.motcua.client.api;

import java.time.Instant;

/**
 * One hand-over of a dossier, as the control slip (Phiếu kiểm soát quá trình giải quyết hồ sơ) prints it: who hands
 * it over ({@code fromUnit}, {@code fromOfficer}; left out, the one who received it last, or the one-stop desk and
 * the caller for the first hand-over), who receives it ({@code toUnit}: the agency or department, or the one-stop
 * desk when it comes back; {@code toOfficer}), when ({@code at}; left out, now) and the handling result or remarks
 * ({@code note}).
 */
public record DossierHandoverRequest(
        String fromUnit, String fromOfficer, String toUnit, String toOfficer, Instant at, String note) {}
