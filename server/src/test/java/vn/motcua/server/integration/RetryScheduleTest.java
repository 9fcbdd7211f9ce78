package vn.motcua.server.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    @Test
    void the_wait_starts_at_ten_seconds_doubles_and_never_exceeds_an_hour() {
        assertThat(RetrySchedule.delayAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(RetrySchedule.delayAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(RetrySchedule.delayAfter(5)).isEqualTo(Duration.ofSeconds(160));
        assertThat(RetrySchedule.delayAfter(9)).isEqualTo(Duration.ofSeconds(2560));
        assertThat(RetrySchedule.delayAfter(10)).isEqualTo(Duration.ofHours(1));
        assertThat(RetrySchedule.delayAfter(40)).isEqualTo(Duration.ofHours(1));
    }
}
