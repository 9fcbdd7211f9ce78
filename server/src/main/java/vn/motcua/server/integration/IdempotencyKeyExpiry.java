package vn.motcua.server.integration;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Forgets idempotency keys after a week: the provincial system retries within minutes, not weeks. */
@Component
class IdempotencyKeyExpiry {

    static final Duration KEPT_FOR = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyExpiry.class);

    private final IdempotencyKeys keys;
    private final Clock clock;

    IdempotencyKeyExpiry(IdempotencyKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${motcua.integration.key-expiry-interval:1h}",
            initialDelayString = "${motcua.integration.key-expiry-interval:1h}")
    void deleteExpired() {
        int deleted = keys.deleteCreatedBefore(clock.instant().minus(KEPT_FOR));
        if (deleted > 0) {
            log.info("Deleted {} idempotency keys older than {}", deleted, KEPT_FOR);
        }
    }
}
