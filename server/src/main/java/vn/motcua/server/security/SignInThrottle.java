package vn.motcua.server.security;

import java.time.Duration;
import org.springframework.stereotype.Component;
import vn.motcua.server.shared.FailureThrottle;
import vn.motcua.server.shared.ProblemText;
import vn.motcua.server.shared.TooManyRequestsException;

/**
 * Brute-force protection of sign-in, shared by every server instance through Redis (decision 10): failures are
 * counted per account (staff username or device code) and per client address. After the free failures each
 * further one locks the subject for twice as long as the last (1 s, 2 s, 4 s … up to 15 min), and a locked
 * subject gets 429 with Retry-After before its password is even compared. The count is forgotten an hour after
 * the last failure; a successful sign-in forgets the account's count at once (not the address's, which may be
 * an attacker who also owns one account).
 */
@Component
class SignInThrottle {

    static final int FREE_FAILURES_PER_ACCOUNT = 5;
    /** Higher: a whole office's clerks and kiosks may share one address behind its router. */
    static final int FREE_FAILURES_PER_ADDRESS = 30;

    static final Duration FIRST_LOCK = Duration.ofSeconds(1);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    static final Duration MEMORY = Duration.ofHours(1);

    static final FailureThrottle.Rule PER_ACCOUNT =
            new FailureThrottle.Rule("signin", "a", FREE_FAILURES_PER_ACCOUNT, FIRST_LOCK, LONGEST_LOCK, MEMORY);
    static final FailureThrottle.Rule PER_ADDRESS =
            new FailureThrottle.Rule("signin", "i", FREE_FAILURES_PER_ADDRESS, FIRST_LOCK, LONGEST_LOCK, MEMORY);

    private final FailureThrottle failures;
    private final ProblemText text;

    SignInThrottle(FailureThrottle failures, ProblemText text) {
        this.failures = failures;
        this.text = text;
    }

    /** @throws TooManyRequestsException while the account or the address is locked */
    void check(String account, String address) {
        long wait = Math.max(
                failures.lockLeft(PER_ACCOUNT, account).toMillis(),
                failures.lockLeft(PER_ADDRESS, address).toMillis());
        if (wait > 0) {
            Duration retryAfter = Duration.ofMillis(wait);
            throw new TooManyRequestsException(
                    "TOO_MANY_SIGN_IN_ATTEMPTS",
                    text.text("problem.TOO_MANY_SIGN_IN_ATTEMPTS", (wait + 999) / 1000),
                    retryAfter);
        }
    }

    void failed(String account, String address) {
        failures.failed(PER_ACCOUNT, account);
        failures.failed(PER_ADDRESS, address);
    }

    void succeeded(String account) {
        failures.forget(PER_ACCOUNT, account);
    }

    Duration accountLockLeft(String account) {
        return failures.lockLeft(PER_ACCOUNT, account);
    }
}
