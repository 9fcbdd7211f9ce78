package vn.motcua.server.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailRetryTest {

    @Test
    void retries_start_after_a_minute_and_double() {
        assertThat(MailRetry.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailRetry.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(MailRetry.delayAfter(5)).isEqualTo(Duration.ofMinutes(16));
    }

    @Test
    void retries_are_never_more_than_six_hours_apart_and_stop_after_about_two_days() {
        assertThat(MailRetry.delayAfter(MailRetry.MAX_ATTEMPTS)).isEqualTo(Duration.ofHours(6));
        Duration total = Duration.ZERO;
        for (int attempt = 1; attempt < MailRetry.MAX_ATTEMPTS; attempt++) {
            total = total.plus(MailRetry.delayAfter(attempt));
        }
        assertThat(total).isBetween(Duration.ofHours(30), Duration.ofHours(60));
    }
}
