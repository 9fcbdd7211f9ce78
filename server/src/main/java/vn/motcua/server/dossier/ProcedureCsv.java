package vn.motcua.server.dossier;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.motcua.client.api.ProcedureRequest;
import vn.motcua.client.api.ServiceAreaView;
import vn.motcua.server.office.Office;

/**
 * Reads a procedure catalogue exported from a spreadsheet. The header names the columns, in any order:
 * {@code code,name,processing_days} are required; {@code area_code} (the service area's code),
 * {@code required_documents} (names separated by "|"), {@code fee} and {@code active} (true/false, default
 * true) are optional. Every line is checked so the administrator can fix the whole file in one go.
 */
final class ProcedureCsv {

    static final String DOCUMENT_SEPARATOR = "|";
    private static final Set<String> REQUIRED = Set.of("code", "name", "processing_days");
    private static final Set<String> KNOWN =
            Set.of("code", "name", "processing_days", "area_code", "required_documents", "fee", "active");

    /** A problem on one line of the file, numbered as a spreadsheet numbers rows (the header is line 1). */
    record LineProblem(long line, String field, String message) {

        Map<String, String> asMap() {
            return Map.of("line", String.valueOf(line), "field", field, "message", message);
        }
    }

    record Parsed(List<ProcedureRequest> procedures, List<LineProblem> problems) {}

    private ProcedureCsv() {}

    static Parsed parse(String csv, Office office) {
        List<ProcedureRequest> procedures = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(stripBom(csv)), format)) {
            Set<String> columns = new HashSet<>(parser.getHeaderNames());
            for (String column : parser.getHeaderNames()) {
                if (!KNOWN.contains(column)) {
                    problems.add(new LineProblem(1, column, "unknown column; expected some of " + KNOWN));
                }
            }
            for (String column : REQUIRED) {
                if (!columns.contains(column)) {
                    problems.add(new LineProblem(1, column, "missing column"));
                }
            }
            if (!problems.isEmpty()) {
                return new Parsed(List.of(), problems);
            }
            Set<String> codes = new HashSet<>();
            try {
                for (CSVRecord record : parser) {
                    long line = record.getRecordNumber() + 1;
                    ProcedureRequest procedure = read(record, columns, office, line, problems);
                    if (procedure == null) {
                        continue;
                    }
                    ProcedureRules.Checked checked = ProcedureRules.check(procedure, office);
                    checked.problems().forEach(p -> problems.add(new LineProblem(line, p.field(), p.message())));
                    if (!checked.procedure().code().isEmpty()
                            && !codes.add(checked.procedure().code())) {
                        problems.add(new LineProblem(line, "code", "code appears twice in the file"));
                    }
                    procedures.add(checked.procedure());
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
        if (procedures.isEmpty() && problems.isEmpty()) {
            problems.add(new LineProblem(2, "", "the file has no procedures"));
        }
        return new Parsed(procedures, problems);
    }

    private static ProcedureRequest read(
            CSVRecord record, Set<String> columns, Office office, long line, List<LineProblem> problems) {
        if (!record.isConsistent()) {
            problems.add(new LineProblem(
                    line, "", "the line has " + record.size() + " cells, the header " + columns.size()));
            return null;
        }
        int before = problems.size();
        Integer days = null;
        try {
            days = Integer.valueOf(record.get("processing_days"));
        } catch (NumberFormatException e) {
            problems.add(new LineProblem(line, "processing_days", "not a whole number of working days"));
        }
        Long areaId = null;
        String areaCode = cell(record, columns, "area_code");
        if (!areaCode.isEmpty()) {
            areaId = office.view().areas().stream()
                    .filter(a -> a.code().equalsIgnoreCase(areaCode))
                    .map(ServiceAreaView::id)
                    .findFirst()
                    .orElse(null);
            if (areaId == null) {
                problems.add(new LineProblem(line, "area_code", "no service area with code " + areaCode));
            }
        }
        String active = cell(record, columns, "active").toLowerCase(Locale.ROOT);
        if (!active.isEmpty() && !active.equals("true") && !active.equals("false")) {
            problems.add(new LineProblem(line, "active", "active must be true or false"));
        }
        if (problems.size() > before) {
            return null;
        }
        String documents = cell(record, columns, "required_documents");
        List<String> names =
                documents.isEmpty() ? List.of() : Arrays.asList(documents.split(Pattern.quote(DOCUMENT_SEPARATOR), -1));
        return new ProcedureRequest(
                record.get("code"),
                record.get("name"),
                areaId,
                days,
                names,
                cell(record, columns, "fee"),
                !active.equals("false"));
    }

    private static String cell(CSVRecord record, Set<String> columns, String column) {
        return columns.contains(column) ? record.get(column) : "";
    }

    // Excel writes a byte-order mark in front of UTF-8 CSV; it would otherwise become part of the first column's name.
    private static String stripBom(String csv) {
        return csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    }
}
