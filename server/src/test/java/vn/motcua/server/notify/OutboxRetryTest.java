package vn.motcua.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxRetryTest {

    @Test
    void retries_start_after_a_minute_and_double() {
        assertThat(OutboxRetry.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxRetry.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(OutboxRetry.delayAfter(5)).isEqualTo(Duration.ofMinutes(16));
    }

    @Test
    void retries_are_never_more_than_six_hours_apart_and_stop_after_about_two_days() {
        assertThat(OutboxRetry.delayAfter(OutboxRetry.MAX_ATTEMPTS)).isEqualTo(Duration.ofHours(6));
        Duration total = Duration.ZERO;
        for (int attempt = 1; attempt < OutboxRetry.MAX_ATTEMPTS; attempt++) {
            total = total.plus(OutboxRetry.delayAfter(attempt));
        }
        assertThat(total).isBetween(Duration.ofHours(30), Duration.ofHours(60));
    }
}
