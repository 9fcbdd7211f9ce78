package vn.motcua.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.DossierTimeliness;
import vn.motcua.server.calendar.WorkingHours;

class DossierTimelinessTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDateTime DUE = LocalDateTime.of(2026, 6, 3, 17, 0);
    /** Weekdays 07:30–17:00, without the Tết 2026 holidays (16 to 20 February). */
    private static final WorkingHours HOURS = new WorkingHours(
            day -> day.getDayOfWeek().getValue() <= 5
                    && !(day.getYear() == 2026
                            && day.getMonthValue() == 2
                            && day.getDayOfMonth() >= 16
                            && day.getDayOfMonth() <= 20),
            VIETNAM,
            LocalTime.of(7, 30),
            LocalTime.of(17, 0));

    @Test
    void a_dossier_resolved_after_its_due_time_is_late() {
        assertThat(Timeliness.of(
                        List.of(
                                at(DossierStatus.RECEIVED, "2026-06-01T02:00:00Z"),
                                at(DossierStatus.RESOLVED, "2026-06-03T10:01:00Z")),
                        DUE,
                        HOURS,
                        Instant.now()))
                .isEqualTo(DossierTimeliness.LATE);
    }

    @Test
    void the_working_time_spent_waiting_for_a_supplement_does_not_count_against_the_office() {
        // two working days waiting for the applicant, resolved a day after the due time: still on time
        assertThat(Timeliness.of(
                        List.of(
                                at(DossierStatus.RECEIVED, "2026-06-01T02:00:00Z"),
                                at(DossierStatus.SUPPLEMENT_REQUESTED, "2026-06-01T03:00:00Z"),
                                at(DossierStatus.PROCESSING, "2026-06-03T03:00:00Z"),
                                at(DossierStatus.RESOLVED, "2026-06-04T09:00:00Z")),
                        DUE,
                        HOURS,
                        Instant.now()))
                .isEqualTo(DossierTimeliness.ON_TIME);
    }

    @Test
    void an_open_dossier_past_its_due_time_is_already_late_and_one_before_it_is_running() {
        List<StatusEntry> open = List.of(at(DossierStatus.RECEIVED, "2026-06-01T02:00:00Z"));

        assertThat(Timeliness.of(open, DUE, HOURS, Instant.parse("2026-06-03T10:01:00Z")))
                .isEqualTo(DossierTimeliness.LATE);
        assertThat(Timeliness.of(open, DUE, HOURS, Instant.parse("2026-06-03T09:59:00Z")))
                .isEqualTo(DossierTimeliness.RUNNING);
    }

    @Test
    void the_end_is_the_first_resolution_not_the_later_hand_over() {
        assertThat(Timeliness.of(
                        List.of(
                                at(DossierStatus.RECEIVED, "2026-06-01T02:00:00Z"),
                                at(DossierStatus.RESOLVED, "2026-06-03T09:00:00Z"),
                                at(DossierStatus.RETURNED, "2026-06-08T09:00:00Z")),
                        DUE,
                        HOURS,
                        Instant.now()))
                .isEqualTo(DossierTimeliness.ON_TIME);
    }

    @Test
    void a_supplement_wait_over_Tết_gives_back_only_the_working_hours_it_took() {
        // asked Friday 13/2 16:00, answered Monday 23/2 08:00: one and a half working hours, not nine days
        LocalDateTime due = LocalDateTime.of(2026, 3, 4, 17, 0);
        List<StatusEntry> resolvedSevenWorkingDaysLate = List.of(
                at(DossierStatus.RECEIVED, "2026-02-02T02:00:00Z"),
                at(DossierStatus.SUPPLEMENT_REQUESTED, "2026-02-13T09:00:00Z"),
                at(DossierStatus.PROCESSING, "2026-02-23T01:00:00Z"),
                at(DossierStatus.RESOLVED, "2026-03-13T03:00:00Z"));
        List<StatusEntry> resolvedWithinTheHourAndAHalf = List.of(
                at(DossierStatus.RECEIVED, "2026-02-02T02:00:00Z"),
                at(DossierStatus.SUPPLEMENT_REQUESTED, "2026-02-13T09:00:00Z"),
                at(DossierStatus.PROCESSING, "2026-02-23T01:00:00Z"),
                at(DossierStatus.RESOLVED, "2026-03-05T01:59:00Z"));

        assertThat(Timeliness.of(resolvedSevenWorkingDaysLate, due, HOURS, Instant.now()))
                .isEqualTo(DossierTimeliness.LATE);
        // from Thursday 5/3 09:00 to Friday 13/3 10:00: 58 working hours over seven working days, not nine days
        assertThat(Timeliness.daysLate(resolvedSevenWorkingDaysLate, due, HOURS, Instant.now()))
                .isEqualTo(7);
        assertThat(Timeliness.of(resolvedWithinTheHourAndAHalf, due, HOURS, Instant.now()))
                .isEqualTo(DossierTimeliness.ON_TIME);
    }

    @Test
    void a_dossier_late_only_through_a_second_supplement_request_is_late_from_that_request_to_its_result() {
        // the second request Tuesday 2/6 10:00, resolved Thursday 4/6 08:00, before the moved due time 4/6 08:30:
        // late by the formula since the request, 17 working hours, two started working days (not zero, not just one)
        List<StatusEntry> history = List.of(
                at(DossierStatus.RECEIVED, "2026-06-01T02:00:00Z"),
                at(DossierStatus.SUPPLEMENT_REQUESTED, "2026-06-01T03:00:00Z"),
                at(DossierStatus.PROCESSING, "2026-06-01T04:00:00Z"),
                at(DossierStatus.SUPPLEMENT_REQUESTED, "2026-06-02T03:00:00Z"),
                at(DossierStatus.PROCESSING, "2026-06-02T04:00:00Z"),
                at(DossierStatus.RESOLVED, "2026-06-04T01:00:00Z"));

        assertThat(Timeliness.of(history, DUE, HOURS, Instant.now())).isEqualTo(DossierTimeliness.LATE);
        assertThat(Timeliness.lateSince(history, DUE, HOURS, Instant.now()))
                .isEqualTo(Instant.parse("2026-06-02T03:00:00Z"));
        assertThat(Timeliness.daysLate(history, DUE, HOURS, Instant.now())).isEqualTo(2);
    }

    @Test
    void an_open_dossier_late_through_a_second_request_grows_later_from_that_request() {
        List<StatusEntry> history = List.of(
                at(DossierStatus.RECEIVED, "2026-06-01T02:00:00Z"),
                at(DossierStatus.SUPPLEMENT_REQUESTED, "2026-06-01T03:00:00Z"),
                at(DossierStatus.PROCESSING, "2026-06-01T04:00:00Z"),
                at(DossierStatus.SUPPLEMENT_REQUESTED, "2026-06-02T03:00:00Z"));

        assertThat(Timeliness.daysLate(history, DUE, HOURS, Instant.parse("2026-06-02T05:00:00Z")))
                .isEqualTo(1);
        assertThat(Timeliness.daysLate(history, DUE, HOURS, Instant.parse("2026-06-05T03:00:00Z")))
                .isEqualTo(3);
    }

    @Test
    void only_the_first_supplement_wait_is_given_back_to_the_office() {
        // one working hour for the first wait; the second asked after the moved due time and answered the next day
        List<StatusEntry> history = List.of(
                at(DossierStatus.RECEIVED, "2026-06-01T02:00:00Z"),
                at(DossierStatus.SUPPLEMENT_REQUESTED, "2026-06-01T03:00:00Z"),
                at(DossierStatus.PROCESSING, "2026-06-01T04:00:00Z"),
                at(DossierStatus.SUPPLEMENT_REQUESTED, "2026-06-04T02:00:00Z"),
                at(DossierStatus.PROCESSING, "2026-06-05T01:00:00Z"),
                at(DossierStatus.RESOLVED, "2026-06-05T03:00:00Z"));

        // due Thursday 4/6 08:30; resolved Friday 5/6 10:00: 11 working hours, two started working days
        assertThat(Timeliness.lateSince(history, DUE, HOURS, Instant.now()))
                .isEqualTo(Instant.parse("2026-06-04T01:30:00Z"));
        assertThat(Timeliness.daysLate(history, DUE, HOURS, Instant.now())).isEqualTo(2);
    }

    @Test
    void days_late_are_working_days_so_a_weekend_inside_the_delay_adds_none() {
        // due Friday 5/6 17:00, resolved Monday 8/6 08:30 and Tuesday 9/6 17:00: one and two working days late
        LocalDateTime friday = LocalDateTime.of(2026, 6, 5, 17, 0);
        List<StatusEntry> monday = List.of(
                at(DossierStatus.RECEIVED, "2026-06-01T02:00:00Z"), at(DossierStatus.RESOLVED, "2026-06-08T01:30:00Z"));
        List<StatusEntry> tuesday = List.of(
                at(DossierStatus.RECEIVED, "2026-06-01T02:00:00Z"), at(DossierStatus.RESOLVED, "2026-06-09T10:00:00Z"));

        assertThat(Timeliness.daysLate(monday, friday, HOURS, Instant.now())).isEqualTo(1);
        assertThat(Timeliness.daysLate(tuesday, friday, HOURS, Instant.now())).isEqualTo(2);
    }

    @Test
    void a_result_given_after_closing_on_its_due_day_or_on_the_weekend_after_is_one_day_late() {
        List<StatusEntry> thatEvening = List.of(
                at(DossierStatus.RECEIVED, "2026-06-01T02:00:00Z"), at(DossierStatus.RESOLVED, "2026-06-03T12:00:00Z"));
        List<StatusEntry> onSaturday = List.of(
                at(DossierStatus.RECEIVED, "2026-06-01T02:00:00Z"), at(DossierStatus.RESOLVED, "2026-06-06T03:00:00Z"));

        assertThat(Timeliness.of(thatEvening, DUE, HOURS, Instant.now())).isEqualTo(DossierTimeliness.LATE);
        assertThat(Timeliness.daysLate(thatEvening, DUE, HOURS, Instant.now())).isEqualTo(1);
        // due Wednesday 17:00, given on Saturday: Thursday and Friday passed in between
        assertThat(Timeliness.daysLate(onSaturday, DUE, HOURS, Instant.now())).isEqualTo(2);
    }

    private static StatusEntry at(DossierStatus status, String instant) {
        return new StatusEntry(status, Instant.parse(instant), "Cán bộ", "");
    }
}
