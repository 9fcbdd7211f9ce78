package vn.motcua.server.notify;

import java.time.Duration;
import vn.motcua.client.Backoff;

/**
 * When a message that could not be sent is tried again, on every channel: after a minute, doubling, at most six hours
 * apart, for about two days — a citizen's apology is worth waiting for a mail server or an SMSC that is down over a
 * weekend. A message that is worthless late says so by its expiry instead of a schedule of its own.
 */
final class OutboxRetry {

    static final int MAX_ATTEMPTS = 16;
    private static final Backoff BACKOFF = new Backoff(Duration.ofMinutes(1), Duration.ofHours(6));

    private OutboxRetry() {}

    /** The wait after the {@code attempts}-th failed attempt (1 for the first). */
    static Duration delayAfter(int attempts) {
        return BACKOFF.after(attempts);
    }
}
