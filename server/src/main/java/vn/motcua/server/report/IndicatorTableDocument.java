package vn.motcua.server.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The QĐ 766 indicator table as a printed document, already worded in the reader's language by whoever made it.
 *
 * @param subtitle the period and what it covers
 * @param madeAt   the line saying when it was made
 */
public record IndicatorTableDocument(String title, String subtitle, String madeAt, List<Section> sections) {

    public IndicatorTableDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(madeAt, "madeAt");
        sections = List.copyOf(sections);
    }

    /** Which columns a section prints: the template lays each kind out on its own widths. */
    public enum Kind {
        /** A unit's name, then a value per indicator. */
        UNITS(7),
        /** An indicator, its formula, its band. */
        DEFINITIONS(3),
        /** An indicator and why it cannot be computed. */
        UNAVAILABLE(2);

        final int columns;

        Kind(int columns) {
            this.columns = columns;
        }
    }

    /** Up to the kind's number of columns; a cell may be null (printed empty). */
    public record Section(Kind kind, String title, List<String> header, List<List<String>> rows) {

        public Section {
            Objects.requireNonNull(kind, "kind");
            if (header.isEmpty() || header.size() > kind.columns) {
                throw new IllegalArgumentException(kind + " has 1 to " + kind.columns + " columns: " + header);
            }
            header = List.copyOf(header);
            // List.copyOf refuses the null of an empty cell
            rows = rows.stream()
                    .map(r -> Collections.unmodifiableList(new ArrayList<>(r)))
                    .toList();
        }
    }
}
