package vn.motcua.server.shared;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A request that is well formed but cannot be done now (wrong state, office closed, daily limit…).
 * {@code code} is stable and machine-readable; the apps turn it into a Vietnamese message.
 */
public class RefusedException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Map<String, Object> details;

    public RefusedException(HttpStatus status, String code, String message, Map<String, Object> details) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public RefusedException(HttpStatus status, String code, String message) {
        this(status, code, message, Map.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
