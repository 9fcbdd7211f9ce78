package vn.motcua.server.integration;

import java.time.Duration;

/** When a failed delivery is tried again: 10 s, doubling, at most an hour apart; given up after ten attempts (~1.4 h). */
final class RetrySchedule {

    static final int MAX_ATTEMPTS = 10;
    private static final Duration FIRST = Duration.ofSeconds(10);
    private static final Duration LONGEST = Duration.ofHours(1);

    private RetrySchedule() {}

    /** The wait after the {@code attempts}-th failed attempt (1 for the first). */
    static Duration delayAfter(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 20);
        Duration delay = FIRST.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST) > 0 ? LONGEST : delay;
    }
}
