package vn.motcua.server.shared;

import java.time.Duration;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** 429 with a Retry-After the client can wait for; the message is already in the caller's language. */
public class TooManyRequestsException extends RefusedException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(String code, String message, Duration retryAfter) {
        this(code, message, Math.max(1, (retryAfter.toMillis() + 999) / 1000));
    }

    private TooManyRequestsException(String code, String message, long retryAfterSeconds) {
        super(HttpStatus.TOO_MANY_REQUESTS, code, message, Map.of("retryAfterSeconds", retryAfterSeconds));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
