package vn.motcua.client;

import java.time.Duration;

/**
 * The project's one backoff: the wait before a retry starts at {@code first} and doubles up to {@code last}. Public so
 * that the server's message outbox waits by the same rule as the client's retries.
 */
public record Backoff(Duration first, Duration last) {

    /** The wait after {@code failures} failures in a row (1 for the first). */
    public Duration after(int failures) {
        Duration wait = first;
        for (int i = 1; i < failures && wait.compareTo(last) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(last) > 0 ? last : wait;
    }
}
