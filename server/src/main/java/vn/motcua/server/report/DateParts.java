package vn.motcua.server.report;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Splits dates for the "… giờ … phút, ngày … tháng … năm …" wording of the forms. The parts are strings so that
 * MessageFormat neither groups the year ("2.026") nor needs a time zone.
 */
final class DateParts {

    private DateParts() {}

    /** hour, minute, day, month, year. */
    static String[] of(LocalDateTime t) {
        return new String[] {
            two(t.getHour()),
            two(t.getMinute()),
            two(t.getDayOfMonth()),
            two(t.getMonthValue()),
            Integer.toString(t.getYear())
        };
    }

    /** day, month, year. */
    static String[] of(LocalDate d) {
        return new String[] {two(d.getDayOfMonth()), two(d.getMonthValue()), Integer.toString(d.getYear())};
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
