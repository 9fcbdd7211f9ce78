package vn.motcua.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.DossierTimeliness;

class DossierTimelinessTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDateTime DUE = LocalDateTime.of(2026, 6, 3, 17, 0);

    @Test
    void a_dossier_resolved_after_its_due_time_is_late() {
        assertThat(Timeliness.of(List.of(at(DossierStatus.RECEIVED, "2026-06-01T02:00:00Z"),
                at(DossierStatus.RESOLVED, "2026-06-03T10:01:00Z")), DUE, VIETNAM, Instant.now()))
                .isEqualTo(DossierTimeliness.LATE);
    }

    @Test
    void the_time_spent_waiting_for_a_supplement_does_not_count_against_the_office() {
        // two days waiting for the applicant, resolved a day after the due time: still on time
        assertThat(Timeliness.of(List.of(at(DossierStatus.RECEIVED, "2026-06-01T02:00:00Z"),
                at(DossierStatus.SUPPLEMENT_REQUESTED, "2026-06-01T03:00:00Z"),
                at(DossierStatus.PROCESSING, "2026-06-03T03:00:00Z"),
                at(DossierStatus.RESOLVED, "2026-06-04T09:00:00Z")), DUE, VIETNAM, Instant.now()))
                .isEqualTo(DossierTimeliness.ON_TIME);
    }

    @Test
    void an_open_dossier_past_its_due_time_is_already_late_and_one_before_it_is_running() {
        List<StatusEntry> open = List.of(at(DossierStatus.RECEIVED, "2026-06-01T02:00:00Z"));

        assertThat(Timeliness.of(open, DUE, VIETNAM, Instant.parse("2026-06-03T10:01:00Z")))
                .isEqualTo(DossierTimeliness.LATE);
        assertThat(Timeliness.of(open, DUE, VIETNAM, Instant.parse("2026-06-03T09:59:00Z")))
                .isEqualTo(DossierTimeliness.RUNNING);
    }

    @Test
    void the_end_is_the_first_resolution_not_the_later_hand_over() {
        assertThat(Timeliness.of(List.of(at(DossierStatus.RECEIVED, "2026-06-01T02:00:00Z"),
                at(DossierStatus.RESOLVED, "2026-06-03T09:00:00Z"),
                at(DossierStatus.RETURNED, "2026-06-08T09:00:00Z")), DUE, VIETNAM, Instant.now()))
                .isEqualTo(DossierTimeliness.ON_TIME);
    }

    private static StatusEntry at(DossierStatus status, String instant) {
        return new StatusEntry(status, Instant.parse(instant), "Cán bộ", "");
    }
}
