package vn.motcua.client;

import java.util.List;
import java.util.Map;

/**
 * The server said no, with its problem+json: the HTTP status, the stable {@code code} the apps turn into
 * a Vietnamese message (e.g. OFFICE_CLOSED, DAILY_LIMIT, COUNTER_BUSY), and the fields at fault.
 * Status 0 means the server could not be reached at all.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final List<Map<String, String>> fieldErrors;

    public ApiException(int status, String code, String detail, List<Map<String, String>> fieldErrors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<Map<String, String>> fieldErrors() {
        return fieldErrors;
    }

    public boolean unreachable() {
        return status == 0;
    }

    /**
     * The server refused these credentials (401) or this caller (403). A device client signs in again by itself
     * when its token expires, so from a device this means it was revoked or moved.
     */
    public boolean accessRefused() {
        return status == 401 || status == 403;
    }
}
