package vn.motcua.server.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reporting period: a year, a quarter or a month, as office-local dates ({@code to} exclusive). */
record Period(String label, LocalDate from, LocalDate to) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    /** The period written {@code 2026}, {@code 2026-Q3} or {@code 2026-11}; empty when it is none of these. */
    static Optional<Period> parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        Matcher m;
        if ((m = YEAR.matcher(t)).matches()) {
            LocalDate from = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
            return Optional.of(new Period(t, from, from.plusYears(1)));
        }
        if ((m = QUARTER.matcher(t)).matches()) {
            int quarter = Integer.parseInt(m.group(2));
            LocalDate from = LocalDate.of(Integer.parseInt(m.group(1)), 3 * quarter - 2, 1);
            return Optional.of(new Period(t, from, from.plusMonths(3)));
        }
        if ((m = MONTH.matcher(t)).matches()) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return Optional.of(new Period(t, month.atDay(1), month.plusMonths(1).atDay(1)));
        }
        return Optional.empty();
    }

    /** The last whole quarter before {@code today}: what a head opens by default. */
    static Period lastQuarter(LocalDate today) {
        LocalDate start = today.withDayOfMonth(1).withMonth(3 * ((today.getMonthValue() - 1) / 3) + 1);
        LocalDate from = start.minusMonths(3);
        return new Period(from.getYear() + "-Q" + ((from.getMonthValue() - 1) / 3 + 1), from, start);
    }
}
