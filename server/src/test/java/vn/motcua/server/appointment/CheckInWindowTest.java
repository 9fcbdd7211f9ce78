package vn.motcua.server.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CheckInWindowTest {

    private static final Instant NINE = Instant.parse("2026-06-01T02:00:00Z");
    private final CheckInWindow window = new CheckInWindow(Duration.ofMinutes(15), Duration.ofMinutes(15));

    @Test
    void the_window_runs_from_fifteen_minutes_before_the_slot_to_fifteen_minutes_after_both_ends_included() {
        assertThat(window.judge(NINE, NINE.minus(Duration.ofMinutes(15)).minusMillis(1)))
                .isEqualTo(CheckInWindow.Arrival.EARLY);
        assertThat(window.judge(NINE, NINE.minus(Duration.ofMinutes(15)))).isEqualTo(CheckInWindow.Arrival.ON_TIME);
        assertThat(window.judge(NINE, NINE)).isEqualTo(CheckInWindow.Arrival.ON_TIME);
        assertThat(window.judge(NINE, NINE.plus(Duration.ofMinutes(15)))).isEqualTo(CheckInWindow.Arrival.ON_TIME);
        assertThat(window.judge(NINE, NINE.plus(Duration.ofMinutes(15)).plusMillis(1)))
                .isEqualTo(CheckInWindow.Arrival.LATE);
    }
}
