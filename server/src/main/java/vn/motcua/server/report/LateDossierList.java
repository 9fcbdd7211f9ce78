package vn.motcua.server.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The month's late dossiers of one agency, as published, with a subtotal per responsible agency or department and
 * officer, and the place-date line and signatures of the one who made the list and the head who signs it.
 *
 * @param place       the locality of the place-date line, e.g. "Phú Thọ"
 * @param madeOn      the day the list is made
 * @param preparedBy  the name of the one who made it ("NGƯỜI LẬP")
 * @param signerName  the head's name, or empty to sign by hand
 */
public record LateDossierList(
        String agencyName,
        YearMonth month,
        List<Row> rows,
        String place,
        LocalDate madeOn,
        String preparedBy,
        String signerTitle,
        String signerName) {

    public LateDossierList {
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(month, "month");
        rows = List.copyOf(rows);
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(madeOn, "madeOn");
        Objects.requireNonNull(preparedBy, "preparedBy");
        Objects.requireNonNull(signerTitle, "signerTitle");
        Objects.requireNonNull(signerName, "signerName");
    }

    /**
     * @param finishedAt         when time stopped counting, or null while the dossier is still open
     * @param responsibleUnit    the agency or department that held the dossier when it became late
     * @param responsibleOfficer the officer who held it then
     */
    public record Row(
            String code,
            String procedureName,
            LocalDateTime receivedAt,
            LocalDateTime dueAt,
            LocalDateTime finishedAt,
            long daysLate,
            String responsibleUnit,
            String responsibleOfficer,
            boolean apologized) {}
}
