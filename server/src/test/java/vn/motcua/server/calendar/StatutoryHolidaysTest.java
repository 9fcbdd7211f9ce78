package vn.motcua.server.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StatutoryHolidaysTest {

    @Test
    void year_2026_has_the_eleven_days_of_Điều_112_with_their_Vietnamese_names() {
        assertThat(StatutoryHolidays.of(2026))
                .containsExactly(
                        entry(LocalDate.of(2026, 1, 1), "Tết Dương lịch"),
                        entry(LocalDate.of(2026, 2, 16), "Tết Nguyên đán"),
                        entry(LocalDate.of(2026, 2, 17), "Tết Nguyên đán"),
                        entry(LocalDate.of(2026, 2, 18), "Tết Nguyên đán"),
                        entry(LocalDate.of(2026, 2, 19), "Tết Nguyên đán"),
                        entry(LocalDate.of(2026, 2, 20), "Tết Nguyên đán"),
                        entry(LocalDate.of(2026, 4, 26), "Giỗ Tổ Hùng Vương"),
                        entry(LocalDate.of(2026, 4, 30), "Ngày Chiến thắng"),
                        entry(LocalDate.of(2026, 5, 1), "Ngày Quốc tế Lao động"),
                        entry(LocalDate.of(2026, 9, 1), "Quốc khánh"),
                        entry(LocalDate.of(2026, 9, 2), "Quốc khánh"));
    }

    @Test
    void Tết_2027_by_default_runs_from_the_last_day_of_Bính_Ngọ_to_the_fourth_of_Đinh_Mùi() {
        assertThat(StatutoryHolidays.of(2027))
                .containsAllEntriesOf(Map.of(
                        LocalDate.of(2027, 2, 5), "Tết Nguyên đán",
                        LocalDate.of(2027, 2, 6), "Tết Nguyên đán",
                        LocalDate.of(2027, 2, 7), "Tết Nguyên đán",
                        LocalDate.of(2027, 2, 8), "Tết Nguyên đán",
                        LocalDate.of(2027, 2, 9), "Tết Nguyên đán"));
        assertThat(StatutoryHolidays.nameOf(LocalDate.of(2027, 2, 4))).isEmpty();
        assertThat(StatutoryHolidays.nameOf(LocalDate.of(2027, 2, 10))).isEmpty();
    }

    @Test
    void Giỗ_Tổ_follows_the_regular_third_month_when_the_year_has_a_leap_second_month() {
        assertThat(StatutoryHolidays.nameOf(LocalDate.of(2023, 4, 29))).contains("Giỗ Tổ Hùng Vương");
    }

    @Test
    void the_four_holidays_on_weekends_in_2022_give_the_four_days_off_the_government_announced() {
        assertThat(StatutoryHolidays.compensatory(2022))
                .containsExactly(
                        entry(LocalDate.of(2022, 1, 3), "Nghỉ bù Tết Dương lịch (thứ Bảy 01/01/2022)"),
                        entry(LocalDate.of(2022, 4, 11), "Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 10/04/2022)"),
                        entry(LocalDate.of(2022, 5, 2), "Nghỉ bù Ngày Chiến thắng (thứ Bảy 30/04/2022)"),
                        entry(LocalDate.of(2022, 5, 3), "Nghỉ bù Ngày Quốc tế Lao động (Chủ nhật 01/05/2022)"));
    }

    @Test
    void the_compensatory_days_of_a_Tết_run_follow_the_whole_run() {
        assertThat(StatutoryHolidays.compensatory(2027))
                .containsKeys(LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11))
                .doesNotContainKey(LocalDate.of(2027, 2, 12));
    }

    @Test
    void in_2026_only_Giỗ_Tổ_falls_on_a_weekend() {
        assertThat(StatutoryHolidays.compensatory(2026))
                .containsExactly(entry(LocalDate.of(2026, 4, 27), "Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/04/2026)"));
    }
}
