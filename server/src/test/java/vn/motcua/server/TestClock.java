package vn.motcua.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The system clock, unless a test pins it (to cross local midnight, say); {@link #release()} after.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    private static volatile Instant pinned;

    @Bean
    @Primary
    Clock testClock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                Instant at = pinned;
                return at == null ? Instant.now() : at;
            }
        };
    }

    public static void pin(Instant at) {
        pinned = at;
    }

    public static void advance(Duration by) {
        pinned = pinned.plus(by);
    }

    public static void release() {
        pinned = null;
    }
}
