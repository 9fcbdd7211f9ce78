package vn.motcua.server.calendar;

/**
 * A day of the Vietnamese lunisolar calendar.
 *
 * @param year  the lunar year, numbered like the solar year in which its first day falls
 * @param month 1 (tháng Giêng) to 12 (tháng Chạp)
 * @param day   1 to 30
 * @param leapMonth whether the month is the leap (nhuận) repetition of {@code month}
 */
record LunarDate(int year, int month, int day, boolean leapMonth) {

    LunarDate {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("Lunar month must be between 1 and 12, got " + month);
        }
        if (day < 1 || day > 30) {
            throw new IllegalArgumentException("Lunar day must be between 1 and 30, got " + day);
        }
    }

    static LunarDate of(int year, int month, int day) {
        return new LunarDate(year, month, day, false);
    }
}
