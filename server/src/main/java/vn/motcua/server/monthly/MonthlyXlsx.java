package vn.motcua.server.monthly;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.motcua.server.shared.ProblemText;
import vn.motcua.server.shared.XlsxRows;

/**
 * The monthly report as XLSX, one sheet per table with its title in the first row and its headings in the second,
 * streamed like the indicator export. Numbers stay numbers; a value with no denominator is a blank cell, not 0.
 */
@Component
class MonthlyXlsx {

    private static final int ROWS_IN_MEMORY = 200;

    private final ProblemText text;

    MonthlyXlsx(ProblemText text) {
        this.text = text;
    }

    byte[] of(MonthlyReports.Report report) {
        SXSSFWorkbook book = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (int t = 0; t < report.tables().size(); t++) {
                MonthlyReports.Table table = report.tables().get(t);
                Sheet sheet = book.createSheet(text.text("monthly.sheet." + t));
                XlsxRows.put(
                        sheet.createRow(0),
                        List.of(text.text(
                                "monthly.sheet.heading",
                                table.title(),
                                report.office().view().name(),
                                report.month().toString())),
                        bold);
                XlsxRows.put(sheet.createRow(1), table.header(), bold);
                int r = 2;
                for (List<Object> line : table.rows()) {
                    XlsxRows.put(sheet.createRow(r++), line, null);
                }
                sheet.createFreezePane(0, 2);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.dispose();
        }
    }
}
