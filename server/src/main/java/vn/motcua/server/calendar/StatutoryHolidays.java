package vn.motcua.server.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The paid public holidays of Bộ luật Lao động 2019, Điều 112 khoản 1, as the law fixes them
 * before any government decision for a given year.
 *
 * <p>Two of them leave a choice to the government each year, and the default here is what the
 * decisions usually come out as; administrators record the actual decision as
 * {@link CalendarAdjustment}s:
 * <ul>
 * <li>Tết Âm lịch is five days whose placement is decided yearly; the default is the last day of the
 * old lunar year and days 1 to 4 of the new one, which is what the decision for 2026 chose.
 * <li>Quốc khánh is 2/9 and one neighbouring day, 1/9 or 3/9; the default is 1/9, as decided for
 * 2025 and 2026.
 * </ul>
 * Compensatory days (nghỉ bù, Điều 111 khoản 3) are derived: "nếu ngày nghỉ hằng tuần trùng với ngày nghỉ
 * lễ, tết … thì người lao động được nghỉ bù ngày nghỉ hằng tuần vào ngày làm việc kế tiếp". State offices rest
 * on Saturday and Sunday, so every holiday on a weekend gives one compensatory day, on the first weekday after
 * it that is neither a holiday nor already a compensatory day. Taken in date order, this places the days of a
 * run together after the run: Tết 2027 (Friday 5/2 to Tuesday 9/2, two weekend days) is followed by
 * Wednesday 10/2 and Thursday 11/2, as the decisions for Tết 2024 placed them. A decision that places them
 * otherwise is recorded as adjustments, which override the default in either direction.
 */
final class StatutoryHolidays {

    static final String NEW_YEAR = "Tết Dương lịch";
    static final String LUNAR_NEW_YEAR = "Tết Nguyên đán";
    static final String HUNG_KINGS = "Giỗ Tổ Hùng Vương";
    static final String VICTORY_DAY = "Ngày Chiến thắng";
    static final String LABOUR_DAY = "Ngày Quốc tế Lao động";
    static final String NATIONAL_DAY = "Quốc khánh";

    static final String COMPENSATORY_PREFIX = "Nghỉ bù ";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final Map<Integer, Map<LocalDate, String>> BY_YEAR = new ConcurrentHashMap<>();
    private static final Map<Integer, Map<LocalDate, String>> COMPENSATORY_BY_YEAR = new ConcurrentHashMap<>();

    private StatutoryHolidays() {}

    static Optional<String> nameOf(LocalDate day) {
        return Optional.ofNullable(of(day.getYear()).get(day));
    }

    /** The name of the compensatory day on {@code day}, e.g. "Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/04/2026)". */
    static Optional<String> compensatoryNameOf(LocalDate day) {
        return Optional.ofNullable(compensatory(day.getYear()).get(day));
    }

    /**
     * Compensatory days of one solar year, in date order. They stay within the year: the last holiday of a year
     * is 2/9, so its compensatory days are in September.
     */
    static Map<LocalDate, String> compensatory(int year) {
        return COMPENSATORY_BY_YEAR.computeIfAbsent(year, StatutoryHolidays::computeCompensatory);
    }

    /**
     * Holidays of one solar year, in date order. Every day of Tết falls in the solar year of its new
     * year's day, since that day is never before 21 January.
     */
    static Map<LocalDate, String> of(int year) {
        return BY_YEAR.computeIfAbsent(year, StatutoryHolidays::compute);
    }

    private static Map<LocalDate, String> compute(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, Month.JANUARY, 1), NEW_YEAR);
        LocalDate tet = LunarCalendar.toSolar(LunarDate.of(year, 1, 1));
        for (int i = -1; i <= 3; i++) {
            days.put(tet.plusDays(i), LUNAR_NEW_YEAR);
        }
        days.put(LunarCalendar.toSolar(LunarDate.of(year, 3, 10)), HUNG_KINGS);
        days.put(LocalDate.of(year, Month.APRIL, 30), VICTORY_DAY);
        days.put(LocalDate.of(year, Month.MAY, 1), LABOUR_DAY);
        days.put(LocalDate.of(year, Month.SEPTEMBER, 1), NATIONAL_DAY);
        days.put(LocalDate.of(year, Month.SEPTEMBER, 2), NATIONAL_DAY);
        return Collections.unmodifiableMap(days);
    }

    private static Map<LocalDate, String> computeCompensatory(int year) {
        Map<LocalDate, String> holidays = of(year);
        Map<LocalDate, String> days = new TreeMap<>();
        holidays.forEach((holiday, name) -> {
            if (!isWeekend(holiday)) {
                return;
            }
            LocalDate day = holiday.plusDays(1);
            while (isWeekend(day) || holidays.containsKey(day) || days.containsKey(day)) {
                day = day.plusDays(1);
            }
            days.put(day, COMPENSATORY_PREFIX + name + " (" + weekdayName(holiday) + " " + DAY.format(holiday) + ")");
        });
        return Collections.unmodifiableMap(days);
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static String weekdayName(LocalDate weekendDay) {
        return weekendDay.getDayOfWeek() == DayOfWeek.SATURDAY ? "thứ Bảy" : "Chủ nhật";
    }
}
