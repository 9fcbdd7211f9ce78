package vn.motcua.server.integration;

import java.time.Duration;
import vn.motcua.client.Backoff;

/**
 * When a failed delivery is tried again, by the project's one {@link Backoff}: 10 s, doubling, at most an hour apart;
 * given up after ten attempts (~1.4 h).
 */
final class RetrySchedule {

    static final int MAX_ATTEMPTS = 10;
    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(10), Duration.ofHours(1));

    private RetrySchedule() {}

    /** The wait after the {@code attempts}-th failed attempt (1 for the first). */
    static Duration delayAfter(int attempts) {
        return BACKOFF.after(attempts);
    }
}
