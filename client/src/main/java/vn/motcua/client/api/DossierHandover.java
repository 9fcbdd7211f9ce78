package vn.motcua.client.api;

import java.time.Instant;

/** One recorded hand-over of a dossier; {@code recordedBy} is the name of the staff member who entered it. */
public record DossierHandover(
        Instant at,
        String fromUnit,
        String fromOfficer,
        String toUnit,
        String toOfficer,
        String note,
        String recordedBy) {}
