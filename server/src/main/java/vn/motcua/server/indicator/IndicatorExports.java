package vn.motcua.server.indicator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.motcua.client.api.IndicatorDefinition;
import vn.motcua.client.api.IndicatorReport;
import vn.motcua.client.api.IndicatorRow;
import vn.motcua.client.api.IndicatorUnavailable;
import vn.motcua.client.api.IndicatorValue;
import vn.motcua.server.report.IndicatorTableDocument;
import vn.motcua.server.report.IndicatorTableDocument.Kind;
import vn.motcua.server.report.IndicatorTableDocument.Section;
import vn.motcua.server.report.PdfReports;
import vn.motcua.server.shared.ProblemText;
import vn.motcua.server.shared.XlsxRows;

/**
 * The indicator table as a file: one line per scope and indicator (level, unit, rank, code, name, value, unit of
 * measure, inputs, points), so a spreadsheet can filter and pivot it; the XLSX adds the formulas and the indicators
 * that cannot be computed on sheets of their own. The PDF is for reading and filing, so it prints the table as the
 * head's screen shows it (a line per unit, a column per indicator, points under the value), then the formulas and
 * the indicators not computable; the inputs stay in the XLSX and CSV.
 */
@Component
class IndicatorExports {

    private static final int ROWS_IN_MEMORY = 200;
    private static final DateTimeFormatter MADE_AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final ProblemText text;
    private final PdfReports pdfs;
    private final Clock clock;

    IndicatorExports(ProblemText text, PdfReports pdfs, Clock clock) {
        this.text = text;
        this.pdfs = pdfs;
        this.clock = clock;
    }

    /** Landscape A4 in the offices' zone; numbers in Vietnamese notation, as on every printed form. */
    byte[] pdf(IndicatorReport report, ZoneId zone) {
        NumberFormat numbers = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi"));
        numbers.setMaximumFractionDigits(2);
        List<IndicatorDefinition> definitions = report.definitions();
        List<String> unitsHeader = new ArrayList<>();
        unitsHeader.add(text.text("indicator.export.name"));
        definitions.forEach(d -> unitsHeader.add(d.name()));
        List<List<String>> units = report.rows().stream()
                .map(row -> {
                    List<String> cells = new ArrayList<>();
                    String level = text.text("indicator.export.levelName." + row.level());
                    cells.add(
                            row.rank() == null
                                    ? text.text("indicator.pdf.unit", level, row.name())
                                    : text.text("indicator.pdf.rankedUnit", level, row.name(), row.rank()));
                    for (IndicatorDefinition d : definitions) {
                        cells.add(row.values().stream()
                                .filter(v -> v.code().equals(d.code()))
                                .findFirst()
                                .map(v -> shown(v, numbers))
                                .orElse(null));
                    }
                    return cells;
                })
                .toList();
        List<List<String>> formulas = definitions.stream()
                .map(d -> List.of(d.name(), d.formula(), d.band()))
                .toList();
        List<List<String>> unavailable = report.unavailable().stream()
                .map(u -> List.of(u.name(), u.reason()))
                .toList();
        return pdfs.indicatorTable(new IndicatorTableDocument(
                text.text("indicator.pdf.title"),
                text.text("indicator.export.period", report.period()),
                text.text("indicator.pdf.madeAt", MADE_AT.format(clock.instant().atZone(zone))),
                List.of(
                        new Section(Kind.UNITS, text.text("indicator.pdf.units"), unitsHeader, units),
                        new Section(
                                Kind.DEFINITIONS,
                                text.text("indicator.pdf.definitions"),
                                List.of(
                                        text.text("indicator.export.indicator"),
                                        text.text("indicator.export.formula"),
                                        text.text("indicator.export.band")),
                                formulas),
                        new Section(
                                Kind.UNAVAILABLE,
                                text.text("indicator.pdf.unavailable"),
                                List.of(text.text("indicator.export.indicator"), text.text("indicator.export.reason")),
                                unavailable))));
    }

    /** The value with its unit, and the points under it where the indicator has a band; N/A where no denominator. */
    private String shown(IndicatorValue v, NumberFormat numbers) {
        if (v.value() == null) {
            return text.text("indicator.pdf.none");
        }
        String value = numbers.format(v.value()) + " " + v.unit();
        return v.points() == null
                ? value
                : value + "\n"
                        + text.text("indicator.pdf.points", numbers.format(v.points()), numbers.format(v.maxPoints()));
    }

    /** UTF-8 with a byte-order mark, so that Excel opens the Vietnamese text as such. */
    byte[] csv(IndicatorReport report) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(header());
            for (List<Object> line : lines(report)) {
                csv.printRecord(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] xlsx(IndicatorReport report) {
        // streaming: rows go to a temporary file as they are written, not into an in-memory XML tree, which was the
        // bulk of the province year's export time (docs/performance.md)
        SXSSFWorkbook book = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet table = book.createSheet(text.text("indicator.export.sheet.table"));
            XlsxRows.put(table.createRow(0), List.of(text.text("indicator.export.period", report.period())), bold);
            XlsxRows.put(table.createRow(1), header(), bold);
            int r = 2;
            for (List<Object> line : lines(report)) {
                XlsxRows.put(table.createRow(r++), line, null);
            }
            table.createFreezePane(0, 2);
            Sheet formulas = book.createSheet(text.text("indicator.export.sheet.definitions"));
            XlsxRows.put(
                    formulas.createRow(0),
                    List.of(
                            text.text("indicator.export.code"),
                            text.text("indicator.export.indicator"),
                            text.text("indicator.export.formula"),
                            text.text("indicator.export.band"),
                            text.text("indicator.export.source")),
                    bold);
            r = 1;
            for (IndicatorDefinition d : report.definitions()) {
                XlsxRows.put(
                        formulas.createRow(r++), List.of(d.code(), d.name(), d.formula(), d.band(), d.source()), null);
            }
            Sheet unavailable = book.createSheet(text.text("indicator.export.sheet.unavailable"));
            XlsxRows.put(
                    unavailable.createRow(0),
                    List.of(
                            text.text("indicator.export.code"),
                            text.text("indicator.export.indicator"),
                            text.text("indicator.export.reason")),
                    bold);
            r = 1;
            for (IndicatorUnavailable u : report.unavailable()) {
                XlsxRows.put(unavailable.createRow(r++), List.of(u.code(), u.name(), u.reason()), null);
            }
            for (Sheet sheet : List.of(table, formulas, unavailable)) {
                for (int c = 0; c < 10; c++) {
                    sheet.setColumnWidth(c, 24 * 256);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.dispose();
        }
    }

    private List<Object> header() {
        return List.of(
                text.text("indicator.export.level"),
                text.text("indicator.export.name"),
                text.text("indicator.export.rank"),
                text.text("indicator.export.code"),
                text.text("indicator.export.indicator"),
                text.text("indicator.export.value"),
                text.text("indicator.export.unit"),
                text.text("indicator.export.inputs"),
                text.text("indicator.export.points"),
                text.text("indicator.export.maxPoints"));
    }

    /** Blank, not zero, where a value has no denominator or an indicator no points: N/A is not 0. */
    private List<List<Object>> lines(IndicatorReport report) {
        return report.rows().stream()
                .flatMap(row -> row.values().stream().map(v -> line(report, row, v)))
                .toList();
    }

    private List<Object> line(IndicatorReport report, IndicatorRow row, IndicatorValue v) {
        String name = report.definitions().stream()
                .filter(d -> d.code().equals(v.code()))
                .map(IndicatorDefinition::name)
                .findFirst()
                .orElse(v.code());
        String inputs = v.inputs().stream()
                .map(i -> i.label() + ": " + number(i.value()))
                .collect(Collectors.joining("; "));
        return Arrays.asList(
                text.text("indicator.export.levelName." + row.level()),
                row.name(),
                row.rank(),
                v.code(),
                name,
                v.value(),
                v.unit(),
                inputs,
                v.points(),
                v.maxPoints());
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
