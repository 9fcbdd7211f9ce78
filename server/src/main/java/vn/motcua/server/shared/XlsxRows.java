package vn.motcua.server.shared;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/** One way for every XLSX export to fill a row: numbers stay numbers, so a head can sum and chart them. */
public final class XlsxRows {

    private XlsxRows() {}

    /** Blank cells where a value is null: "not available" is not 0. */
    public static void put(Row row, List<?> values, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            Cell cell = row.createCell(c);
            Object v = values.get(c);
            if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v != null) {
                cell.setCellValue(v.toString());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
