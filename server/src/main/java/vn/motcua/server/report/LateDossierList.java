package vn.motcua.server.report;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/** The month's late dossiers of one agency, as published, with a subtotal per receiving clerk. */
public record LateDossierList(String agencyName, YearMonth month, List<Row> rows) {

    public LateDossierList {
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(month, "month");
        rows = List.copyOf(rows);
    }

    /** @param finishedAt when time stopped counting, or null while the dossier is still open */
    public record Row(
            String code,
            String procedureName,
            LocalDateTime receivedAt,
            LocalDateTime dueAt,
            LocalDateTime finishedAt,
            long daysLate,
            String clerkName,
            boolean apologized) {}
}
