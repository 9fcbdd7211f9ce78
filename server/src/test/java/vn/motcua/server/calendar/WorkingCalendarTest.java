package vn.motcua.server.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static vn.motcua.client.api.CalendarDay.Reason.COMPENSATORY;
import static vn.motcua.client.api.CalendarDay.Reason.DECIDED_DAY_OFF;
import static vn.motcua.client.api.CalendarDay.Reason.DECIDED_WORKING_DAY;
import static vn.motcua.client.api.CalendarDay.Reason.HOLIDAY;
import static vn.motcua.client.api.CalendarDay.Reason.WEEKEND;
import static vn.motcua.server.calendar.CalendarAdjustment.Kind.DAY_OFF;
import static vn.motcua.server.calendar.CalendarAdjustment.Kind.WORKING_DAY;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.client.api.CalendarDay;
import vn.motcua.server.IntegrationTest;

/**
 * 2026 is set up as the government actually decided it (found in press reports of the decisions,
 * not in the shared rules file, which has no section on holidays):
 * <ul>
 * <li>Tết Dương lịch: Friday 2/1 off, worked on Saturday 10/1 instead (Công văn 12729/VPCP-KGVX of
 * 25/12/2025).
 * <li>Tết Nguyên đán: off from Saturday 14/2 to Sunday 22/2, that is the five statutory days 16/2 to
 * 20/2 and two weekends, which is exactly the default rule: nothing to record.
 * <li>Giỗ Tổ Hùng Vương on Sunday 26/4: compensatory day Monday 27/4, which Điều 111 khoản 3 gives without
 * a decision: nothing to record.
 * <li>Quốc khánh: off from Saturday 29/8 to Wednesday 2/9, Monday 31/8 swapped with Saturday 22/8.
 * </ul>
 * No decision for Tết 2027 was found; those tests assume the default rule alone: mùng 1 falls on Saturday 6/2,
 * so the five days from Friday 5/2 to Tuesday 9/2 are followed by two compensatory days.
 */
@IntegrationTest
@Transactional
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WorkingCalendarTest {

    static final LocalTime OPENS = LocalTime.of(7, 30);
    static final LocalTime CLOSES = LocalTime.of(17, 0);

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void record_the_2026_decisions() {
        jdbc.sql("delete from calendar_adjustment where day >= '2025-01-01' and day < '2028-01-01'")
                .update();
        calendar.addAdjustment(new CalendarAdjustment(
                date(2026, 1, 2),
                DAY_OFF,
                "Nghỉ Tết Dương lịch, hoán đổi với thứ Bảy 10/01/2026 (Công văn 12729/VPCP-KGVX)"));
        calendar.addAdjustment(new CalendarAdjustment(
                date(2026, 1, 10), WORKING_DAY, "Làm bù cho thứ Sáu 02/01/2026 (Công văn 12729/VPCP-KGVX)"));
        calendar.addAdjustment(
                new CalendarAdjustment(date(2026, 8, 31), DAY_OFF, "Nghỉ Quốc khánh, hoán đổi với thứ Bảy 22/8/2026"));
        calendar.addAdjustment(new CalendarAdjustment(date(2026, 8, 22), WORKING_DAY, "Làm bù cho thứ Hai 31/8/2026"));
    }

    @Nested
    class Working_days {

        @Test
        void an_ordinary_weekday_is_a_working_day_and_a_weekend_is_not() {
            assertThat(calendar.isWorkingDay(date(2026, 3, 11))).isTrue();
            assertThat(calendar.isWorkingDay(date(2026, 3, 14))).isFalse();
            assertThat(calendar.isWorkingDay(date(2026, 3, 15))).isFalse();
        }

        @Test
        void the_decided_Tết_2026_break_from_14_to_22_February_needs_no_adjustment() {
            assertThat(calendar.isWorkingDay(date(2026, 2, 13))).isTrue();
            for (LocalDate day = date(2026, 2, 14); day.isBefore(date(2026, 2, 23)); day = day.plusDays(1)) {
                assertThat(calendar.isWorkingDay(day)).as("%s", day).isFalse();
            }
            assertThat(calendar.isWorkingDay(date(2026, 2, 23))).isTrue();
        }

        @Test
        void a_make_up_Saturday_is_a_working_day_and_the_swapped_weekday_is_not() {
            assertThat(calendar.isWorkingDay(date(2026, 1, 10))).isTrue();
            assertThat(calendar.isWorkingDay(date(2026, 1, 2))).isFalse();
        }

        @Test
        void holidays_are_named_in_Vietnamese_and_decided_days_off_by_their_note() {
            assertThat(calendar.holidayName(date(2026, 2, 17))).contains("Tết Nguyên đán");
            assertThat(calendar.holidayName(date(2026, 4, 26))).contains("Giỗ Tổ Hùng Vương");
            assertThat(calendar.holidayName(date(2026, 9, 2))).contains("Quốc khánh");
            assertThat(calendar.holidayName(date(2026, 4, 27)))
                    .contains("Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/04/2026)");
            assertThat(calendar.holidayName(date(2026, 8, 31)))
                    .contains("Nghỉ Quốc khánh, hoán đổi với thứ Bảy 22/8/2026");
            assertThat(calendar.holidayName(date(2026, 3, 14))).isEmpty();
            assertThat(calendar.holidayName(date(2026, 1, 10))).isEmpty();
        }

        @Test
        void the_neighbouring_day_of_Quốc_khánh_can_be_moved_from_1_to_3_September() {
            calendar.addAdjustment(new CalendarAdjustment(date(2027, 9, 1), WORKING_DAY, "Quốc khánh nghỉ 3/9"));
            calendar.addAdjustment(new CalendarAdjustment(date(2027, 9, 3), DAY_OFF, "Quốc khánh (ngày liền kề)"));

            assertThat(calendar.isWorkingDay(date(2027, 9, 1))).isTrue();
            assertThat(calendar.holidayName(date(2027, 9, 1))).isEmpty();
            assertThat(calendar.isWorkingDay(date(2027, 9, 3))).isFalse();
            assertThat(calendar.holidayName(date(2027, 9, 3))).contains("Quốc khánh (ngày liền kề)");
        }
    }

    @Nested
    class Adding_working_days {

        @Test
        void zero_working_days_is_the_same_day() {
            assertThat(calendar.plusWorkingDays(date(2026, 3, 14), 0)).isEqualTo(date(2026, 3, 14));
        }

        @Test
        void weekends_are_skipped() {
            assertThat(calendar.plusWorkingDays(date(2026, 3, 13), 1)).isEqualTo(date(2026, 3, 16));
            assertThat(calendar.plusWorkingDays(date(2026, 3, 9), 10)).isEqualTo(date(2026, 3, 23));
        }

        @Test
        void Tết_2026_is_skipped_as_one_nine_day_break() {
            assertThat(calendar.plusWorkingDays(date(2026, 2, 13), 1)).isEqualTo(date(2026, 2, 23));
            assertThat(calendar.plusWorkingDays(date(2026, 2, 12), 5)).isEqualTo(date(2026, 2, 26));
        }

        @Test
        void Tết_2027_is_off_from_Friday_5_to_Thursday_11_February_with_its_two_compensatory_days() {
            assertThat(calendar.plusWorkingDays(date(2027, 2, 4), 1)).isEqualTo(date(2027, 2, 12));
        }

        @Test
        void a_compensatory_day_a_decision_moves_is_recorded_as_a_working_day_and_a_day_off() {
            calendar.addAdjustment(new CalendarAdjustment(date(2027, 2, 11), WORKING_DAY, "Nghỉ bù chuyển sang 12/2"));
            calendar.addAdjustment(new CalendarAdjustment(date(2027, 2, 12), DAY_OFF, "Nghỉ bù mùng 2 Tết"));

            assertThat(calendar.plusWorkingDays(date(2027, 2, 4), 1)).isEqualTo(date(2027, 2, 11));
            assertThat(calendar.plusWorkingDays(date(2027, 2, 4), 2)).isEqualTo(date(2027, 2, 15));
        }

        @Test
        void the_New_Year_2026_swap_moves_a_working_day_to_Saturday_10_January() {
            assertThat(calendar.plusWorkingDays(date(2025, 12, 31), 1)).isEqualTo(date(2026, 1, 5));
            assertThat(calendar.plusWorkingDays(date(2026, 1, 9), 1)).isEqualTo(date(2026, 1, 10));
            assertThat(calendar.plusWorkingDays(date(2026, 1, 9), 2)).isEqualTo(date(2026, 1, 12));
        }

        @Test
        void the_Giỗ_Tổ_compensatory_day_and_30_4_and_1_5_are_skipped() {
            assertThat(calendar.plusWorkingDays(date(2026, 4, 24), 1)).isEqualTo(date(2026, 4, 28));
            assertThat(calendar.plusWorkingDays(date(2026, 4, 28), 2)).isEqualTo(date(2026, 5, 4));
        }

        @Test
        void the_Quốc_khánh_2026_break_and_its_make_up_Saturday_are_honoured() {
            assertThat(calendar.plusWorkingDays(date(2026, 8, 21), 1)).isEqualTo(date(2026, 8, 22));
            assertThat(calendar.plusWorkingDays(date(2026, 8, 28), 1)).isEqualTo(date(2026, 9, 3));
        }

        @Test
        void a_negative_count_is_rejected() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> calendar.plusWorkingDays(date(2026, 3, 9), -1))
                    .withMessage("The number of working days must not be negative, got -1");
        }
    }

    @Nested
    class Due_dates {

        @Test
        void a_dossier_received_during_office_hours_is_due_at_closing_on_the_nth_working_day_after() {
            assertThat(dueAt(vietnam(2026, 3, 9, 10, 0), 3)).isEqualTo(LocalDateTime.of(2026, 3, 12, 17, 0));
        }

        @Test
        void a_dossier_received_before_opening_counts_as_received_that_day() {
            assertThat(dueAt(vietnam(2026, 3, 9, 6, 45), 3)).isEqualTo(LocalDateTime.of(2026, 3, 12, 17, 0));
        }

        @Test
        void a_dossier_received_at_or_after_closing_time_counts_from_the_next_working_day() {
            assertThat(dueAt(vietnam(2026, 3, 9, 17, 0), 3)).isEqualTo(LocalDateTime.of(2026, 3, 13, 17, 0));
            assertThat(dueAt(vietnam(2026, 3, 13, 20, 15), 1)).isEqualTo(LocalDateTime.of(2026, 3, 17, 17, 0));
        }

        @Test
        void a_dossier_received_on_a_weekend_counts_from_the_next_working_day() {
            assertThat(dueAt(vietnam(2026, 3, 14, 10, 0), 3)).isEqualTo(LocalDateTime.of(2026, 3, 19, 17, 0));
        }

        @Test
        void a_dossier_received_during_Tết_counts_from_the_first_working_day_after_it() {
            assertThat(dueAt(vietnam(2026, 2, 18, 9, 0), 2)).isEqualTo(LocalDateTime.of(2026, 2, 25, 17, 0));
            assertThat(dueAt(vietnam(2026, 2, 13, 16, 0), 2)).isEqualTo(LocalDateTime.of(2026, 2, 24, 17, 0));
        }

        @Test
        void a_dossier_received_after_hours_before_a_make_up_Saturday_counts_from_that_Saturday() {
            assertThat(dueAt(vietnam(2026, 1, 9, 18, 0), 1)).isEqualTo(LocalDateTime.of(2026, 1, 12, 17, 0));
        }

        @Test
        void the_reception_time_is_read_on_Vietnamese_time_whatever_its_zone() {
            ZonedDateTime halfPastTenUtc = ZonedDateTime.of(2026, 3, 9, 10, 30, 0, 0, ZoneOffset.UTC);

            assertThat(dueAt(halfPastTenUtc, 3)).isEqualTo(LocalDateTime.of(2026, 3, 13, 17, 0));
        }

        @Test
        void a_same_day_procedure_is_due_at_closing_on_the_day_of_reception() {
            assertThat(dueAt(vietnam(2026, 3, 9, 10, 0), 0)).isEqualTo(LocalDateTime.of(2026, 3, 9, 17, 0));
            assertThat(dueAt(vietnam(2026, 3, 14, 10, 0), 0)).isEqualTo(LocalDateTime.of(2026, 3, 16, 17, 0));
        }

        @Test
        void a_dossier_received_Friday_24_April_2026_with_3_working_days_is_due_Monday_4_May() {
            // Monday 27/4 makes up for Giỗ Tổ on Sunday 26/4; 30/4 and 1/5 are holidays
            assertThat(dueAt(vietnam(2026, 4, 24, 10, 0), 3)).isEqualTo(LocalDateTime.of(2026, 5, 4, 17, 0));
        }

        @Test
        void a_45_working_day_dossier_received_4_December_2026_is_due_after_the_Tết_2027_compensatory_days() {
            LocalDateTime due = dueAt(vietnam(2026, 12, 4, 10, 0), 45);

            assertThat(due).isEqualTo(LocalDateTime.of(2027, 2, 15, 17, 0));
            assertThat(calendar.isWorkingDay(due.toLocalDate())).isTrue();
            assertThat(calendar.isWorkingDay(date(2027, 2, 11))).isFalse();
        }

        @Test
        void a_dossier_received_the_day_before_Tết_2027_is_due_after_its_seven_days_off() {
            // Friday 5/2 (the last day of the year) to Thursday 11/2 (the compensatory days of mùng 1 and 2)
            assertThat(dueAt(vietnam(2027, 2, 4, 10, 0), 3)).isEqualTo(LocalDateTime.of(2027, 2, 16, 17, 0));
        }

        @Test
        void a_dossier_received_before_New_Year_2028_on_a_Saturday_is_due_after_its_compensatory_Monday() {
            assertThat(dueAt(vietnam(2027, 12, 31, 10, 0), 1)).isEqualTo(LocalDateTime.of(2028, 1, 4, 17, 0));
        }

        @Test
        void a_dossier_received_before_the_Quốc_khánh_2026_break_is_due_after_it_and_the_swapped_Monday() {
            assertThat(dueAt(vietnam(2026, 8, 28, 10, 0), 2)).isEqualTo(LocalDateTime.of(2026, 9, 4, 17, 0));
            assertThat(dueAt(vietnam(2026, 8, 21, 10, 0), 1)).isEqualTo(LocalDateTime.of(2026, 8, 22, 17, 0));
        }

        @Test
        void office_hours_that_do_not_open_before_they_close_are_rejected() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> calendar.dueAt(vietnam(2026, 3, 9, 10, 0), 3, CLOSES, OPENS))
                    .withMessage("The office must open before it closes, got 17:00 to 07:30");
        }

        private LocalDateTime dueAt(ZonedDateTime receivedAt, int workingDays) {
            return calendar.dueAt(receivedAt, workingDays, OPENS, CLOSES);
        }

        private static ZonedDateTime vietnam(int year, int month, int day, int hour, int minute) {
            return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, WorkingCalendar.VIETNAM);
        }
    }

    @Nested
    class Compensatory_days {

        @Test
        void Giỗ_Tổ_on_Sunday_26_April_2026_gives_Monday_27_April_off() {
            assertThat(calendar.isWorkingDay(date(2026, 4, 27))).isFalse();
            assertThat(calendar.isWorkingDay(date(2026, 4, 28))).isTrue();
        }

        @Test
        void Tết_2027_with_mùng_1_on_Saturday_gives_Wednesday_10_and_Thursday_11_February_off() {
            assertThat(calendar.holidayName(date(2027, 2, 10))).contains("Nghỉ bù Tết Nguyên đán (thứ Bảy 06/02/2027)");
            assertThat(calendar.holidayName(date(2027, 2, 11)))
                    .contains("Nghỉ bù Tết Nguyên đán (Chủ nhật 07/02/2027)");
            assertThat(calendar.isWorkingDay(date(2027, 2, 12))).isTrue();
        }

        @Test
        void Quốc_khánh_2026_on_weekdays_gives_no_compensatory_day() {
            assertThat(calendar.isWorkingDay(date(2026, 9, 3))).isTrue();
            assertThat(calendar.holidayName(date(2026, 9, 3))).isEmpty();
        }

        @Test
        void Tết_Dương_lịch_on_Saturday_1_January_2028_gives_Monday_3_January_off() {
            assertThat(calendar.holidayName(date(2028, 1, 3))).contains("Nghỉ bù Tết Dương lịch (thứ Bảy 01/01/2028)");
            assertThat(calendar.plusWorkingDays(date(2027, 12, 31), 1)).isEqualTo(date(2028, 1, 4));
        }

        @Test
        void both_days_of_Quốc_khánh_2029_on_a_weekend_give_Monday_3_and_Tuesday_4_September_off() {
            assertThat(calendar.isWorkingDay(date(2029, 9, 3))).isFalse();
            assertThat(calendar.isWorkingDay(date(2029, 9, 4))).isFalse();
            assertThat(calendar.plusWorkingDays(date(2029, 8, 31), 1)).isEqualTo(date(2029, 9, 5));
        }

        @Test
        void a_compensatory_day_cannot_be_recorded_again_as_a_day_off() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> calendar.addAdjustment(new CalendarAdjustment(date(2026, 4, 27), DAY_OFF, "x")))
                    .withMessage("2026-04-27 is already a day off (Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/04/2026));"
                            + " a DAY_OFF adjustment is only for a day that would otherwise be worked");
        }
    }

    @Nested
    class Working_hours {

        @Test
        void a_wait_from_Friday_before_Tết_to_the_Monday_after_takes_an_hour_and_a_half_of_working_time() {
            WorkingHours hours = calendar.hours(WorkingCalendar.VIETNAM, OPENS, CLOSES);

            assertThat(hours.between(vietnam(2026, 2, 13, 16, 0), vietnam(2026, 2, 23, 8, 0)))
                    .isEqualTo(Duration.ofMinutes(90));
        }

        @Test
        void working_time_added_after_closing_runs_on_from_the_next_working_days_opening() {
            WorkingHours hours = calendar.hours(WorkingCalendar.VIETNAM, OPENS, CLOSES);

            assertThat(hours.plus(LocalDateTime.of(2026, 4, 24, 17, 0), Duration.ofMinutes(90)))
                    .isEqualTo(LocalDateTime.of(2026, 4, 28, 9, 0));
            assertThat(hours.plus(LocalDateTime.of(2026, 4, 24, 17, 0), Duration.ofHours(19)))
                    .isEqualTo(LocalDateTime.of(2026, 4, 29, 17, 0));
            assertThat(hours.plus(LocalDateTime.of(2026, 4, 24, 17, 0), Duration.ZERO))
                    .isEqualTo(LocalDateTime.of(2026, 4, 24, 17, 0));
        }

        private static Instant vietnam(int year, int month, int day, int hour, int minute) {
            return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, WorkingCalendar.VIETNAM)
                    .toInstant();
        }
    }

    @Nested
    class Year_view {

        @Test
        void the_year_2026_lists_holidays_compensatory_and_decided_days_with_their_reasons() {
            assertThat(calendar.year(2026, false))
                    .extracting(CalendarDay::day, CalendarDay::reason, CalendarDay::working)
                    .containsExactly(
                            tuple(date(2026, 1, 1), HOLIDAY, false),
                            tuple(date(2026, 1, 2), DECIDED_DAY_OFF, false),
                            tuple(date(2026, 1, 10), DECIDED_WORKING_DAY, true),
                            tuple(date(2026, 2, 16), HOLIDAY, false),
                            tuple(date(2026, 2, 17), HOLIDAY, false),
                            tuple(date(2026, 2, 18), HOLIDAY, false),
                            tuple(date(2026, 2, 19), HOLIDAY, false),
                            tuple(date(2026, 2, 20), HOLIDAY, false),
                            tuple(date(2026, 4, 26), HOLIDAY, false),
                            tuple(date(2026, 4, 27), COMPENSATORY, false),
                            tuple(date(2026, 4, 30), HOLIDAY, false),
                            tuple(date(2026, 5, 1), HOLIDAY, false),
                            tuple(date(2026, 8, 22), DECIDED_WORKING_DAY, true),
                            tuple(date(2026, 8, 31), DECIDED_DAY_OFF, false),
                            tuple(date(2026, 9, 1), HOLIDAY, false),
                            tuple(date(2026, 9, 2), HOLIDAY, false));
        }

        @Test
        void a_worked_Saturday_names_its_decision_and_the_default_it_replaces() {
            assertThat(calendar.year(2026, false))
                    .filteredOn(d -> d.day().equals(date(2026, 8, 22)))
                    .singleElement()
                    .isEqualTo(new CalendarDay(
                            date(2026, 8, 22), true, DECIDED_WORKING_DAY, "Làm bù cho thứ Hai 31/8/2026", WEEKEND));
        }

        @Test
        void weekends_are_listed_only_when_asked_for() {
            // 104 Saturdays and Sundays, less Giỗ Tổ on Sunday 26/4 and the two Saturdays worked
            assertThat(calendar.year(2026, true))
                    .filteredOn(d -> d.reason() == WEEKEND)
                    .hasSize(104 - 3);
            assertThat(calendar.year(2026, false)).noneMatch(d -> d.reason() == WEEKEND);
        }
    }

    @Nested
    class Administering_adjustments {

        @Test
        void the_adjustments_of_a_year_are_listed_in_date_order() {
            assertThat(calendar.adjustments(2026))
                    .extracting(CalendarAdjustment::day)
                    .containsExactly(date(2026, 1, 2), date(2026, 1, 10), date(2026, 8, 22), date(2026, 8, 31));
        }

        @Test
        void removing_an_adjustment_restores_the_default() {
            assertThat(calendar.removeAdjustment(date(2026, 1, 10))).isTrue();

            assertThat(calendar.isWorkingDay(date(2026, 1, 10))).isFalse();
            assertThat(calendar.removeAdjustment(date(2026, 1, 10))).isFalse();
        }

        @Test
        void a_day_off_on_a_weekend_or_holiday_is_rejected_as_changing_nothing() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> calendar.addAdjustment(new CalendarAdjustment(date(2026, 3, 14), DAY_OFF, "x")))
                    .withMessage("2026-03-14 is already a day off (Saturday); a DAY_OFF adjustment is only for a day"
                            + " that would otherwise be worked");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> calendar.addAdjustment(new CalendarAdjustment(date(2026, 2, 17), DAY_OFF, "x")))
                    .withMessage("2026-02-17 is already a day off (Tết Nguyên đán); a DAY_OFF adjustment is only for"
                            + " a day that would otherwise be worked");
        }

        @Test
        void a_working_day_on_an_ordinary_weekday_is_rejected_as_changing_nothing() {
            assertThatIllegalArgumentException()
                    .isThrownBy(
                            () -> calendar.addAdjustment(new CalendarAdjustment(date(2026, 3, 10), WORKING_DAY, "x")))
                    .withMessage("2026-03-10 is already a working day; a WORKING_DAY adjustment is only for a weekend"
                            + " day, a statutory holiday or a compensatory day");
        }

        @Test
        void a_second_adjustment_for_a_day_is_rejected() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> calendar.addAdjustment(new CalendarAdjustment(date(2026, 8, 31), DAY_OFF, "x")))
                    .withMessage("2026-08-31 already has an adjustment; remove it first");
        }

        @Test
        void an_adjustment_without_a_note_or_kind_is_rejected() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new CalendarAdjustment(date(2026, 3, 10), DAY_OFF, "  "))
                    .withMessage("An adjustment needs a note saying which decision it records");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new CalendarAdjustment(date(2026, 3, 10), null, "x"))
                    .withMessage("An adjustment needs a kind (DAY_OFF or WORKING_DAY)");
        }

        @Test
        void a_day_outside_the_supported_years_is_rejected() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> calendar.addAdjustment(new CalendarAdjustment(date(2200, 1, 2), DAY_OFF, "x")))
                    .withMessage("The working calendar covers the years 1900 to 2199 only, got 2200");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> calendar.isWorkingDay(date(1899, 12, 29)))
                    .withMessage("The working calendar covers the years 1900 to 2199 only, got 1899");
        }
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
