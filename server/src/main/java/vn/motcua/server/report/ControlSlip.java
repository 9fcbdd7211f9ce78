package vn.motcua.server.report;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 05 of TT 01/2018/TT-VPCP, Mẫu 06 of TT 03/2025): travels with the
 * dossier, one line per hand-over, signed by the one who hands it over and the one who receives it.
 *
 * @param handlingUnit      the agency (department) that handles the dossier: the first it was handed to, or null
 * @param cooperatingUnits  the others it went to, joined, or null
 */
public record ControlSlip(
        String agencyName,
        String receptionUnitName,
        String dossierCode,
        String applicantName,
        String procedureName,
        LocalDateTime receivedAt,
        LocalDateTime dueAt,
        String handlingUnit,
        String cooperatingUnits,
        List<Row> rows) {

    public ControlSlip {
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(receptionUnitName, "receptionUnitName");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(applicantName, "applicantName");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        rows = List.copyOf(rows);
    }

    /** Where the hand-over stood against the dossier's due time, as the slip's result column words it. */
    public enum Result {
        EARLY,
        ON_TIME,
        LATE
    }

    /** One hand-over, at {@code handedAt} office-local time. */
    public record Row(
            String fromUnit,
            String fromOfficer,
            String toUnit,
            String toOfficer,
            LocalDateTime handedAt,
            Result result,
            String note) {}
}
