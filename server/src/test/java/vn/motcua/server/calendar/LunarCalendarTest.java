package vn.motcua.server.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LunarCalendarTest {

    @ParameterizedTest(name = "Tết {0} is {1}")
    @CsvSource({"2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06"})
    void Tết_falls_on_the_published_dates_of_2024_to_2027(int year, LocalDate tet) {
        assertThat(LunarCalendar.toSolar(LunarDate.of(year, 1, 1))).isEqualTo(tet);
        assertThat(LunarCalendar.toLunar(tet)).isEqualTo(LunarDate.of(year, 1, 1));
    }

    @Test
    void Giỗ_Tổ_Hùng_Vương_2026_is_Sunday_26_April() {
        assertThat(LunarCalendar.toSolar(LunarDate.of(2026, 3, 10))).isEqualTo(LocalDate.of(2026, 4, 26));
    }

    @Test
    void the_last_day_of_the_year_Ất_Tỵ_is_the_29th_of_the_twelfth_month_on_16_February_2026() {
        assertThat(LunarCalendar.toLunar(LocalDate.of(2026, 2, 16))).isEqualTo(LunarDate.of(2025, 12, 29));
    }

    /** The data file was computed with PyEphem, not with this code; see its header. */
    @ParameterizedTest(name = "{0}: Tết {1}, Giỗ Tổ {2}")
    @CsvFileSource(resources = "/vn/motcua/server/calendar/tet-and-gio-to-utc7.csv", numLinesToSkip = 1)
    void Tết_and_Giỗ_Tổ_agree_with_a_high_precision_ephemeris_from_1968_to_2100(
            int lunarYear, LocalDate tet, LocalDate gioTo) {
        assertThat(LunarCalendar.toSolar(LunarDate.of(lunarYear, 1, 1))).isEqualTo(tet);
        assertThat(LunarCalendar.toSolar(LunarDate.of(lunarYear, 3, 10))).isEqualTo(gioTo);
    }

    @Test
    void Vietnam_on_UTC_plus_7_and_China_on_UTC_plus_8_disagree_on_Tết_1985_and_2007() {
        assertThat(LunarCalendar.toSolar(LunarDate.of(1985, 1, 1))).isEqualTo(LocalDate.of(1985, 1, 21));
        assertThat(LunarCalendar.toSolar(LunarDate.of(1985, 1, 1), 8)).isEqualTo(LocalDate.of(1985, 2, 20));
        assertThat(LunarCalendar.toSolar(LunarDate.of(2007, 1, 1))).isEqualTo(LocalDate.of(2007, 2, 17));
        assertThat(LunarCalendar.toSolar(LunarDate.of(2007, 1, 1), 8)).isEqualTo(LocalDate.of(2007, 2, 18));
    }

    @Test
    void leap_months_convert_both_ways() {
        LunarDate leapSixth2025 = new LunarDate(2025, 6, 1, true);
        assertThat(LunarCalendar.toSolar(leapSixth2025)).isEqualTo(LocalDate.of(2025, 7, 25));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 7, 25))).isEqualTo(leapSixth2025);
        LunarDate leapEleventh2033 = new LunarDate(2033, 11, 1, true);
        assertThat(LunarCalendar.toSolar(leapEleventh2033)).isEqualTo(LocalDate.of(2033, 12, 22));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2033, 12, 22))).isEqualTo(leapEleventh2033);
    }

    @Test
    void in_a_year_with_a_leap_third_month_the_tenth_of_the_third_month_is_in_the_regular_one() {
        assertThat(LunarCalendar.toSolar(LunarDate.of(2031, 3, 10))).isEqualTo(LocalDate.of(2031, 4, 1));
        assertThat(LunarCalendar.toSolar(new LunarDate(2031, 3, 10, true))).isEqualTo(LocalDate.of(2031, 4, 30));
    }

    @Test
    void every_day_from_1900_to_2199_converts_to_lunar_and_back_to_itself_in_months_of_29_or_30_days() {
        LunarDate previous = LunarCalendar.toLunar(LocalDate.of(1900, 1, 1));
        for (LocalDate day = LocalDate.of(1900, 1, 2); day.getYear() < 2200; day = day.plusDays(1)) {
            LunarDate lunar = LunarCalendar.toLunar(day);
            assertThat(LunarCalendar.toSolar(lunar)).as("round trip of %s", day).isEqualTo(day);
            if (lunar.day() == 1) {
                assertThat(previous.day())
                        .as("length of the month ending %s", day.minusDays(1))
                        .isBetween(29, 30);
            } else {
                assertThat(lunar.day()).as("day after %s", previous).isEqualTo(previous.day() + 1);
            }
            previous = lunar;
        }
    }

    @Test
    void a_leap_month_the_year_does_not_have_is_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LunarCalendar.toSolar(new LunarDate(2025, 5, 1, true)))
                .withMessage("Lunar year 2025 has no leap month 5");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LunarCalendar.toSolar(new LunarDate(2024, 5, 1, true)))
                .withMessage("Lunar year 2024 has no leap month");
    }

    @Test
    void the_thirtieth_of_a_29_day_month_is_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LunarCalendar.toSolar(LunarDate.of(2025, 12, 30)))
                .withMessage("Lunar month 12 of 2025 has only 29 days");
    }

    @Test
    void days_outside_1900_to_2199_are_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LunarCalendar.toLunar(LocalDate.of(2200, 1, 1)))
                .withMessage("Lunar conversion supports the solar years 1900 to 2199 only, got 2200");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LunarCalendar.toSolar(LunarDate.of(1899, 1, 1)))
                .withMessage("Lunar conversion supports the solar years 1900 to 2199 only, got 1899");
    }
}
