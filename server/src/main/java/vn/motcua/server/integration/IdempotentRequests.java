package vn.motcua.server.integration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.server.shared.BadRequestException;
import vn.motcua.server.shared.RefusedException;

/**
 * Carries out a request once per idempotency key: the key row is written first, in the transaction of the work
 * itself, so the answer is stored with the work or neither is (a failed request may be retried with its key).
 */
@Service
class IdempotentRequests {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 200;

    private final IdempotencyKeys keys;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;

    IdempotentRequests(IdempotencyKeys keys, TransactionTemplate transaction, JsonMapper json, Clock clock) {
        this.keys = keys;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    /**
     * {@code operation} names what is done (and to which dossier), so one key cannot serve two different
     * operations whose bodies happen to be equal.
     */
    ResponseEntity<String> run(
            long officeId, String key, String operation, Object request, HttpStatus status, Supplier<Object> work) {
        String checkedKey = checkedKey(key);
        String hash = sha256(operation + "\n" + json.writeValueAsString(request));
        return transaction.execute(tx -> {
            IdempotencyKeys.Claim claim = keys.claim(officeId, checkedKey, hash, clock.instant());
            if (claim.isNew()) {
                String body = json.writeValueAsString(work.get());
                keys.complete(officeId, checkedKey, status.value(), body);
                return response(status.value(), body, false);
            }
            if (!claim.requestHash().equals(hash)) {
                throw new RefusedException(
                        HttpStatus.CONFLICT,
                        "IDEMPOTENCY_KEY_REUSED",
                        "This " + HEADER + " was already used for a different request");
            }
            return response(claim.status(), claim.responseBody(), true);
        });
    }

    private static String checkedKey(String key) {
        if (key == null || key.isBlank() || key.strip().length() > MAX_KEY_LENGTH) {
            throw new BadRequestException(
                    HEADER, "The " + HEADER + " header is required, at most " + MAX_KEY_LENGTH + " characters");
        }
        return key.strip();
    }

    private static ResponseEntity<String> response(int status, String body, boolean replayed) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .header(REPLAYED_HEADER, String.valueOf(replayed))
                .body(body);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
