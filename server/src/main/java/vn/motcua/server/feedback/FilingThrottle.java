package vn.motcua.server.feedback;

import java.time.Duration;
import org.springframework.stereotype.Component;
import vn.motcua.server.shared.FailureThrottle;
import vn.motcua.server.shared.ProblemText;
import vn.motcua.server.shared.TooManyRequestsException;

/**
 * Bounds filing without sign-in per client address, in Redis for every instance: a few filings a day are free, then
 * each further one waits twice as long as the last. The counter is the sign-in throttle's, counting filings instead
 * of failures.
 */
@Component
class FilingThrottle {

    static final int FREE_PER_ADDRESS = 5;

    private static final FailureThrottle.Rule PER_ADDRESS = new FailureThrottle.Rule(
            "feedback", "i", FREE_PER_ADDRESS, Duration.ofMinutes(1), Duration.ofHours(6), Duration.ofDays(1));

    private final FailureThrottle counter;
    private final ProblemText text;

    FilingThrottle(FailureThrottle counter, ProblemText text) {
        this.counter = counter;
        this.text = text;
    }

    /** @throws TooManyRequestsException while the address must wait, told in the caller's language */
    void check(String address) {
        Duration wait = counter.lockLeft(PER_ADDRESS, address);
        if (!wait.isZero()) {
            long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
            throw new TooManyRequestsException(
                    "TOO_MANY_FILINGS",
                    text.text("problem.TOO_MANY_FILINGS", text.text("problem.wait.minutes", minutes)),
                    wait);
        }
    }

    void filed(String address) {
        counter.failed(PER_ADDRESS, address);
    }
}
