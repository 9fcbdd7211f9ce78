package vn.motcua.server.phone;

import java.time.Duration;
import org.springframework.stereotype.Component;
import vn.motcua.server.shared.FailureThrottle;
import vn.motcua.server.shared.TooManyRequestsException;

/**
 * Bounds, per client address and in Redis for every instance, the codes one address has sent (each costs an SMS and
 * can be aimed at anyone's number) and the wrong codes it typed; after the free ones each further one waits twice as
 * long as the last. The counter is the sign-in throttle's.
 */
@Component
class PhoneThrottle {

    static final int FREE_CODES_PER_ADDRESS = 10;
    static final int FREE_WRONG_CODES_PER_ADDRESS = 10;

    private static final FailureThrottle.Rule CODES = new FailureThrottle.Rule(
            "phone", "c", FREE_CODES_PER_ADDRESS, Duration.ofMinutes(1), Duration.ofHours(6), Duration.ofDays(1));
    private static final FailureThrottle.Rule WRONG_CODES = new FailureThrottle.Rule(
            "phone", "w", FREE_WRONG_CODES_PER_ADDRESS, Duration.ofMinutes(1), Duration.ofHours(6), Duration.ofDays(1));

    private final FailureThrottle counter;

    PhoneThrottle(FailureThrottle counter) {
        this.counter = counter;
    }

    /** @throws TooManyRequestsException while the address must wait before asking for a code again */
    void checkCode(String address) {
        check(CODES, address, "TOO_MANY_CODES_FROM_ADDRESS");
    }

    void codeSent(String address) {
        counter.failed(CODES, address);
    }

    /** @throws TooManyRequestsException while the address must wait after too many wrong codes */
    void checkTry(String address) {
        check(WRONG_CODES, address, "TOO_MANY_WRONG_CODES");
    }

    void wrongCode(String address) {
        counter.failed(WRONG_CODES, address);
    }

    private void check(FailureThrottle.Rule rule, String address, String code) {
        Duration wait = counter.lockLeft(rule, address);
        if (!wait.isZero()) {
            throw new TooManyRequestsException(code, code, wait);
        }
    }
}
