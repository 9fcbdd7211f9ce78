package vn.motcua.server.indicator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
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
import vn.motcua.server.shared.ProblemText;
import vn.motcua.server.shared.XlsxRows;

/**
 * The indicator table as a file: one line per scope and indicator (level, unit, rank, code, name, value, unit of
 * measure, inputs, points), so a spreadsheet can filter and pivot it; the XLSX adds the formulas and the indicators
 * that cannot be computed on sheets of their own.
 */
@Component
class IndicatorExports {

    private static final int ROWS_IN_MEMORY = 200;

    private final ProblemText text;

    IndicatorExports(ProblemText text) {
        this.text = text;
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
