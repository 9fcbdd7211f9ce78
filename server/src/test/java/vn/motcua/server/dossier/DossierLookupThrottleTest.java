package vn.motcua.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DossierLookupThrottleTest {

    private Instant now = Instant.parse("2026-06-01T02:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void an_address_is_refused_after_its_burst_of_failures_and_allowed_again_once_the_bucket_refills() {
        LookupThrottle throttle = new LookupThrottle(clock, 3, Duration.ofSeconds(10));
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.allows("203.0.113.7")).isTrue();
            throttle.failed("203.0.113.7");
        }

        assertThat(throttle.allows("203.0.113.7")).isFalse();
        assertThat(throttle.allows("203.0.113.8")).isTrue();
        now = now.plusSeconds(10);
        assertThat(throttle.allows("203.0.113.7")).isTrue();
    }
}
