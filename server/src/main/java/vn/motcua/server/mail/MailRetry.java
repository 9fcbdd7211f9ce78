package vn.motcua.server.mail;

import java.time.Duration;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * When a letter that could not be sent is tried again: after a minute, doubling, at most six hours apart, for about
 * two days — a citizen's apology is worth waiting for a mail server that is down over a weekend.
 */
final class MailRetry {

    static final int MAX_ATTEMPTS = 16;

    private MailRetry() {}

    /** The wait after the {@code attempts}-th failed attempt (1 for the first). */
    static Duration delayAfter(int attempts) {
        ExponentialBackOff backOff =
                new ExponentialBackOff(Duration.ofMinutes(1).toMillis(), 2.0);
        backOff.setMaxInterval(Duration.ofHours(6).toMillis());
        BackOffExecution execution = backOff.start();
        long delay = execution.nextBackOff();
        for (int i = 1; i < attempts; i++) {
            delay = execution.nextBackOff();
        }
        return Duration.ofMillis(delay);
    }
}
