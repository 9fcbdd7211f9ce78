package vn.motcua.server.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A head's monthly report of one office: its tables, each with its title, column headings (at most
 * {@link #MAX_COLUMNS}) and rows of text, already worded in the reader's language by whoever made them.
 *
 * @param place  the locality of the place-date line, e.g. "Phú Thọ"
 * @param madeOn the day the report is made
 */
public record MonthlyReportDocument(
        String agencyName, String officeName, YearMonth month, String place, LocalDate madeOn, List<Table> tables) {

    public static final int MAX_COLUMNS = 6;

    public MonthlyReportDocument {
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(officeName, "officeName");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(madeOn, "madeOn");
        tables = List.copyOf(tables);
    }

    /** A table without rows prints one line saying so. */
    public record Table(String title, List<String> header, List<List<String>> rows) {

        public Table {
            if (header.isEmpty() || header.size() > MAX_COLUMNS) {
                throw new IllegalArgumentException("a table has 1 to " + MAX_COLUMNS + " columns: " + header);
            }
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }
}
