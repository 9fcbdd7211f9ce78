package vn.motcua.server.appointment;

import java.time.Duration;
import org.springframework.stereotype.Component;
import vn.motcua.server.shared.FailureThrottle;
import vn.motcua.server.shared.ProblemText;
import vn.motcua.server.shared.TooManyRequestsException;

/**
 * Bounds what anyone may do without sign-in, per client address, in Redis for every instance: a few bookings a day
 * are free, then each further one waits twice as long as the last; and look-ups of codes that name no booking, so that
 * the codes cannot be guessed. The counter is the sign-in throttle's.
 */
@Component
class BookingThrottle {

    static final int FREE_BOOKINGS_PER_ADDRESS = 10;
    static final int FREE_UNKNOWN_CODES_PER_ADDRESS = 20;

    private static final FailureThrottle.Rule BOOKINGS = new FailureThrottle.Rule(
            "appointment",
            "b",
            FREE_BOOKINGS_PER_ADDRESS,
            Duration.ofMinutes(1),
            Duration.ofHours(6),
            Duration.ofDays(1));
    private static final FailureThrottle.Rule UNKNOWN_CODES = new FailureThrottle.Rule(
            "appointment",
            "u",
            FREE_UNKNOWN_CODES_PER_ADDRESS,
            Duration.ofMinutes(1),
            Duration.ofHours(1),
            Duration.ofDays(1));

    private final FailureThrottle counter;
    private final ProblemText text;

    BookingThrottle(FailureThrottle counter, ProblemText text) {
        this.counter = counter;
        this.text = text;
    }

    /** @throws TooManyRequestsException while the address must wait before booking again */
    void checkBooking(String address) {
        check(BOOKINGS, address, "problem.TOO_MANY_BOOKINGS");
    }

    void booked(String address) {
        counter.failed(BOOKINGS, address);
    }

    /** @throws TooManyRequestsException while the address must wait after too many unknown codes */
    void checkLookup(String address) {
        check(UNKNOWN_CODES, address, "problem.TOO_MANY_LOOKUPS");
    }

    void unknownCode(String address) {
        counter.failed(UNKNOWN_CODES, address);
    }

    private void check(FailureThrottle.Rule rule, String address, String message) {
        Duration wait = counter.lockLeft(rule, address);
        if (!wait.isZero()) {
            long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
            throw new TooManyRequestsException(
                    message.substring("problem.".length()),
                    text.text(message, text.text("problem.wait.minutes", minutes)),
                    wait);
        }
    }
}
