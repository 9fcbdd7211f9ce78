package vn.motcua.server.queue;

import java.util.regex.Pattern;
import vn.motcua.server.shared.BadRequestException;

/**
 * The {@code Idempotency-Key} a client sends with a queue command: one per human action, the same on every
 * retry of it, so a retry answers with the first attempt's ticket instead of acting twice.
 */
final class CommandKeys {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    private CommandKeys() {}

    /** The key as sent, or null when the client sent none; 400 when it is not a key. */
    static String checked(String key) {
        if (key == null) {
            return null;
        }
        if (!VALID.matcher(key).matches()) {
            throw new BadRequestException(HEADER, "An Idempotency-Key is 8 to 100 letters, digits or . _ : -");
        }
        return key;
    }
}
