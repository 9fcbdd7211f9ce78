package vn.motcua.counter.admin;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.motcua.client.api.ServiceAreaView;

/**
 * The columns the server's CSV import reads (server dossier/ProcedureCsv), in the order its API documents them.
 * The tab's help and the sample file are both made from this list, so they cannot drift apart.
 */
enum ProcedureColumn {
    CODE("code"),
    NAME("name"),
    PROCESSING_DAYS("processing_days"),
    AREA_CODE("area_code"),
    REQUIRED_DOCUMENTS("required_documents"),
    FEE("fee"),
    ACTIVE("active");

    static final String SAMPLE_FILE = "thu-tuc-hanh-chinh-mau.csv";
    // Excel opens a UTF-8 CSV as UTF-8 only when it starts with a byte-order mark; the server drops the mark.
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    final String header;

    ProcedureColumn(String header) {
        this.header = header;
    }

    String helpKey() {
        return "admin.procedure.csv.column." + header;
    }

    static String headers() {
        return Arrays.stream(values()).map(c -> c.header).collect(Collectors.joining(","));
    }

    /**
     * A file with the header and two example lines in the office's own terms (its first service area's code), for
     * the admin to fill in a spreadsheet.
     */
    static String sample(List<ServiceAreaView> areas, UnaryOperator<String> texts) {
        String area = areas.stream()
                .filter(ServiceAreaView::active)
                .map(ServiceAreaView::code)
                .findFirst()
                .orElse("");
        String key = "admin.procedure.csv.sample.";
        List<String> first = List.of(
                texts.apply(key + "code1"),
                texts.apply(key + "name1"),
                "3",
                area,
                texts.apply(key + "documents1"),
                texts.apply(key + "fee1"),
                "true");
        List<String> second = List.of(
                texts.apply(key + "code2"), texts.apply(key + "name2"), "0", "", "", texts.apply(key + "fee2"), "true");
        return BYTE_ORDER_MARK
                + Stream.of(Arrays.stream(values()).map(c -> c.header).toList(), first, second)
                        .map(ProcedureColumn::line)
                        .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static String line(List<String> cells) {
        return cells.stream().map(ProcedureColumn::cell).collect(Collectors.joining(","));
    }

    /** RFC 4180: a cell holding a comma, a quote or a line break is quoted, its quotes doubled. */
    private static String cell(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\""
                : value;
    }
}
