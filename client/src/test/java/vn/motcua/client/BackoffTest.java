package vn.motcua.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(300), Duration.ofSeconds(1));

    @Test
    void theFirstWaitIsTheFirstDurationAndEachFailureDoublesIt() {
        assertThat(backoff.after(1)).isEqualTo(Duration.ofMillis(300));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofMillis(600));
    }

    @Test
    void theWaitNeverPassesTheLastDuration() {
        assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.after(40)).isEqualTo(Duration.ofSeconds(1));
    }
}
