package vn.motcua.server.calendar;

import java.time.LocalDate;

/**
 * Converts between the Gregorian calendar and the Vietnamese lunisolar calendar (âm lịch).
 *
 * <p>This is Hồ Ngọc Đức's astronomical algorithm
 * (https://www.informatik.uni-leipzig.de/~duc/amlich/calrules_en.html): months start on the day of
 * the new moon, the month containing the winter solstice is month 11, and in a year with 13 months
 * the first month without a major solar term is the leap month. Every one of those events is
 * dated on the UTC+7 meridian, which the Vietnamese calendar has used since 1968 (dates before that
 * follow the modern rule, not the calendars then printed). No library on Maven Central was found
 * that does this for UTC+7: Chinese-calendar libraries (ICU4J's ChineseCalendar, 6tail lunar) use
 * UTC+8 and disagree with Vietnam in some years, e.g. Tết 1985 (21/1 in Vietnam, 20/2 in China)
 * and Tết 2007 (17/2 and 18/2).
 *
 * <p>The moon and sun positions are Meeus's low-precision series, good to a few minutes. Checked
 * month by month against an independent high-precision ephemeris (PyEphem) on UTC+7, every month
 * from 1945 to 2071 starts on the same day; eight months of 1900 to 2199 (in 1944, 2072, 2077,
 * 2130, 2150, 2159, 2175 and 2199) start one day late, each from a new moon within three minutes
 * before midnight. The original algorithm's search for the month of a day is not used as published:
 * it returns day 0 for 2054-05-07, the eve of a new moon 14 seconds after midnight.
 */
final class LunarCalendar {

    static final int VIETNAM_UTC_OFFSET_HOURS = 7;
    static final int FIRST_SUPPORTED_YEAR = 1900;
    static final int LAST_SUPPORTED_YEAR = 2199;

    private static final double SYNODIC_MONTH = 29.530588853;
    /** Julian day of the new moon of 1 January 1900, the epoch the new-moon index k counts from. */
    private static final double NEW_MOON_EPOCH = 2415021.076998695;

    private static final long JULIAN_DAY_OF_EPOCH_DAY_ZERO = 2440588;
    private static final double RADIANS = Math.PI / 180;

    private LunarCalendar() {}

    static LunarDate toLunar(LocalDate date) {
        return toLunar(date, VIETNAM_UTC_OFFSET_HOURS);
    }

    static LocalDate toSolar(LunarDate lunar) {
        return toSolar(lunar, VIETNAM_UTC_OFFSET_HOURS);
    }

    /** The offset is a parameter only so that tests can show where UTC+8 (China) differs. */
    static LunarDate toLunar(LocalDate date, int utcOffsetHours) {
        requireSupported(date);
        long dayNumber = julianDay(date);
        long monthStart = monthStartOn(dayNumber, utcOffsetHours);
        long month11 = month11Start(date.getYear(), utcOffsetHours);
        long nextMonth11;
        int lunarYear;
        if (month11 >= monthStart) {
            lunarYear = date.getYear();
            nextMonth11 = month11;
            month11 = month11Start(date.getYear() - 1, utcOffsetHours);
        } else {
            lunarYear = date.getYear() + 1;
            nextMonth11 = month11Start(date.getYear() + 1, utcOffsetHours);
        }
        int day = (int) (dayNumber - monthStart + 1);
        int monthsSince11 = (int) Math.floor((monthStart - month11) / 29.0);
        boolean leap = false;
        int month = monthsSince11 + 11;
        if (nextMonth11 - month11 > 365) {
            int leapOffset = leapMonthOffset(month11, utcOffsetHours);
            if (monthsSince11 >= leapOffset) {
                month = monthsSince11 + 10;
                leap = monthsSince11 == leapOffset;
            }
        }
        if (month > 12) {
            month -= 12;
        }
        // Months 11 and 12, leap or not, come before Tết and so belong to the year that is ending.
        if (month >= 11 && monthsSince11 < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarYear, month, day, leap);
    }

    static LocalDate toSolar(LunarDate lunar, int utcOffsetHours) {
        // Lunar years straddle solar ones, so one more at each end can still land inside the range.
        if (lunar.year() < FIRST_SUPPORTED_YEAR - 1 || lunar.year() > LAST_SUPPORTED_YEAR + 1) {
            throw outOfRange(lunar.year());
        }
        long month11;
        long nextMonth11;
        if (lunar.month() < 11) {
            month11 = month11Start(lunar.year() - 1, utcOffsetHours);
            nextMonth11 = month11Start(lunar.year(), utcOffsetHours);
        } else {
            month11 = month11Start(lunar.year(), utcOffsetHours);
            nextMonth11 = month11Start(lunar.year() + 1, utcOffsetHours);
        }
        int k = (int) Math.floor(0.5 + (month11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        int offset = Math.floorMod(lunar.month() - 11, 12);
        if (nextMonth11 - month11 > 365) {
            int leapOffset = leapMonthOffset(month11, utcOffsetHours);
            int leapMonth = Math.floorMod(leapOffset + 9, 12) + 1;
            if (lunar.leapMonth() && lunar.month() != leapMonth) {
                throw new IllegalArgumentException(
                        "Lunar year " + lunar.year() + " has no leap month " + lunar.month());
            }
            if (lunar.leapMonth() || offset >= leapOffset) {
                offset += 1;
            }
        } else if (lunar.leapMonth()) {
            throw new IllegalArgumentException("Lunar year " + lunar.year() + " has no leap month");
        }
        long monthStart = newMoonDay(k + offset, utcOffsetHours);
        long nextMonthStart = newMoonDay(k + offset + 1, utcOffsetHours);
        if (lunar.day() > nextMonthStart - monthStart) {
            throw new IllegalArgumentException("Lunar month " + lunar.month() + (lunar.leapMonth() ? " (leap)" : "")
                    + " of " + lunar.year() + " has only " + (nextMonthStart - monthStart) + " days");
        }
        return requireSupported(LocalDate.ofEpochDay(monthStart + lunar.day() - 1 - JULIAN_DAY_OF_EPOCH_DAY_ZERO));
    }

    private static LocalDate requireSupported(LocalDate date) {
        if (date.getYear() < FIRST_SUPPORTED_YEAR || date.getYear() > LAST_SUPPORTED_YEAR) {
            throw outOfRange(date.getYear());
        }
        return date;
    }

    private static IllegalArgumentException outOfRange(int year) {
        return new IllegalArgumentException("Lunar conversion supports the solar years " + FIRST_SUPPORTED_YEAR + " to "
                + LAST_SUPPORTED_YEAR + " only, got " + year);
    }

    private static long julianDay(LocalDate date) {
        return date.toEpochDay() + JULIAN_DAY_OF_EPOCH_DAY_ZERO;
    }

    /**
     * The first day of the lunar month containing the given day. The mean lunation count is only a
     * first guess: the true new moon can be more than half a day from the mean one (2054-05-08 is
     * such a month start), so step until the bracket is right.
     */
    private static long monthStartOn(long dayNumber, int utcOffsetHours) {
        int k = (int) Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        while (newMoonDay(k + 1, utcOffsetHours) <= dayNumber) {
            k++;
        }
        while (newMoonDay(k, utcOffsetHours) > dayNumber) {
            k--;
        }
        return newMoonDay(k, utcOffsetHours);
    }

    /** The local day (as a Julian day number) of the k-th new moon after the epoch, from Meeus's series. */
    private static long newMoonDay(int k, int utcOffsetHours) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double jd = 2415020.75933
                + 29.53058868 * k
                + 0.0001178 * t2
                - 0.000000155 * t3
                + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RADIANS);
        double sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * RADIANS;
        double moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * RADIANS;
        double moonLatitude = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * RADIANS;
        double correction = (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly)
                + 0.0021 * Math.sin(2 * sunAnomaly)
                - 0.4068 * Math.sin(moonAnomaly)
                + 0.0161 * Math.sin(2 * moonAnomaly)
                - 0.0004 * Math.sin(3 * moonAnomaly)
                + 0.0104 * Math.sin(2 * moonLatitude)
                - 0.0051 * Math.sin(sunAnomaly + moonAnomaly)
                - 0.0074 * Math.sin(sunAnomaly - moonAnomaly)
                + 0.0004 * Math.sin(2 * moonLatitude + sunAnomaly)
                - 0.0004 * Math.sin(2 * moonLatitude - sunAnomaly)
                - 0.0006 * Math.sin(2 * moonLatitude + moonAnomaly)
                + 0.0010 * Math.sin(2 * moonLatitude - moonAnomaly)
                + 0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly);
        // Terrestrial minus universal time; the ephemeris runs on the former, the calendar on the latter.
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return (long) Math.floor(jd + correction - deltaT + 0.5 + utcOffsetHours / 24.0);
    }

    /**
     * Which twelfth of the ecliptic (0 = from the spring equinox) the sun is in at the start of the
     * given local day; a change of sector inside a month is a major solar term (trung khí).
     */
    private static int sunSector(long julianDayNumber, int utcOffsetHours) {
        double t = (julianDayNumber - 2451545.5 - utcOffsetHours / 24.0) / 36525;
        double t2 = t * t;
        double meanAnomaly = (357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * RADIANS;
        double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(meanAnomaly)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly)
                + 0.000290 * Math.sin(3 * meanAnomaly);
        double longitude = (meanLongitude + centre) * RADIANS;
        longitude -= 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
        return (int) Math.floor(longitude / Math.PI * 6);
    }

    /** The first day of the lunar month that contains the winter solstice of the given solar year. */
    private static long month11Start(int year, int utcOffsetHours) {
        long lastDayOfYear = julianDay(LocalDate.of(year, 12, 31));
        int k = (int) Math.floor((lastDayOfYear - 2415021) / SYNODIC_MONTH);
        long newMoon = newMoonDay(k, utcOffsetHours);
        if (sunSector(newMoon, utcOffsetHours) >= 9) {
            newMoon = newMoonDay(k - 1, utcOffsetHours);
        }
        return newMoon;
    }

    /** How many months after month 11 the leap month comes, in a lunar year of 13 months. */
    private static int leapMonthOffset(long month11Start, int utcOffsetHours) {
        int k = (int) Math.floor((month11Start - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int sector = sunSector(newMoonDay(k + i, utcOffsetHours), utcOffsetHours);
        int previous;
        do {
            previous = sector;
            i++;
            sector = sunSector(newMoonDay(k + i, utcOffsetHours), utcOffsetHours);
        } while (sector != previous && i < 14);
        return i - 1;
    }
}
