package vn.motcua.server.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a year's decisions typed into a spreadsheet: the header {@code day,kind,note}; the day as 2026-08-31 or
 * 31/08/2026 (as a Vietnamese spreadsheet writes it), the kind DAY_OFF or WORKING_DAY. Every line is checked so
 * the administrator can fix the whole file in one go.
 */
final class CalendarFile {

    private static final List<String> COLUMNS = List.of("day", "kind", "note");
    private static final DateTimeFormatter VIETNAMESE_DAY = DateTimeFormatter.ofPattern("d/M/uuuu");

    /** A problem on one line, numbered as a spreadsheet numbers rows (the header is line 1). */
    record LineProblem(long line, String field, String message) {

        Map<String, String> asMap() {
            return Map.of("line", String.valueOf(line), "field", field, "message", message);
        }
    }

    /** The entries read, each with its line, and the problems found. */
    record Parsed(List<CalendarAdjustment> entries, List<Long> lines, List<LineProblem> problems) {}

    private CalendarFile() {}

    static Parsed parse(String csv) {
        List<CalendarAdjustment> entries = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        String text = csv == null ? "" : csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Set<String> columns = Set.copyOf(parser.getHeaderNames());
            if (!columns.equals(Set.copyOf(COLUMNS))) {
                problems.add(new LineProblem(
                        1,
                        "",
                        "the header must name the columns " + String.join(",", COLUMNS) + ", got "
                                + String.join(",", parser.getHeaderNames())));
                return new Parsed(List.of(), List.of(), problems);
            }
            try {
                for (CSVRecord record : parser) {
                    long line = record.getRecordNumber() + 1;
                    CalendarAdjustment entry = read(record, line, problems);
                    if (entry != null) {
                        entries.add(entry);
                        lines.add(line);
                    }
                }
            } catch (UncheckedIOException malformed) {
                problems.add(new LineProblem(
                        parser.getCurrentLineNumber(),
                        "",
                        "the file is not valid CSV here: "
                                + malformed.getCause().getMessage()));
            }
        } catch (IOException | IllegalArgumentException malformed) {
            problems.add(new LineProblem(1, "", "the header is not valid CSV: " + malformed.getMessage()));
        }
        if (entries.isEmpty() && problems.isEmpty()) {
            problems.add(new LineProblem(2, "", "the file has no days"));
        }
        return new Parsed(entries, lines, problems);
    }

    private static CalendarAdjustment read(CSVRecord record, long line, List<LineProblem> problems) {
        if (!record.isConsistent()) {
            problems.add(new LineProblem(line, "", "the line has " + record.size() + " cells, the header 3"));
            return null;
        }
        int before = problems.size();
        LocalDate day = day(record.get("day"));
        if (day == null) {
            problems.add(new LineProblem(line, "day", "not a date (2026-08-31 or 31/08/2026)"));
        }
        CalendarAdjustment.Kind kind = null;
        try {
            kind = CalendarAdjustment.Kind.valueOf(record.get("kind").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new LineProblem(line, "kind", "kind must be DAY_OFF or WORKING_DAY"));
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            return new CalendarAdjustment(day, kind, record.get("note"));
        } catch (IllegalArgumentException e) {
            problems.add(new LineProblem(line, "note", e.getMessage()));
            return null;
        }
    }

    private static LocalDate day(String text) {
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, VIETNAMESE_DAY)) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next accepted format
            }
        }
        return null;
    }
}
