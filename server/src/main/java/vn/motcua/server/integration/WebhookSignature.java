package vn.motcua.server.integration;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>}: the timestamp is signed too, so a receiver
 * that refuses old timestamps cannot be fed a recorded delivery again.
 */
final class WebhookSignature {

    static final String PREFIX = "sha256=";

    private WebhookSignature() {}

    static String of(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return PREFIX
                    + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }
}
