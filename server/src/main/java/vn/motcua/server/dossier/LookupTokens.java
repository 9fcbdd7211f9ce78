package vn.motcua.server.dossier;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.motcua.server.shared.PublicAddress;

/**
 * The key in a receipt's QR link: HMAC-SHA256 of the dossier code, base64url, cut to 16 characters (96 bits).
 * Codes are sequential and easy to guess; the token is what keeps a stranger from reading other people's
 * dossiers. Without {@code motcua.dossier.lookup-secret} the key is derived from the token secret, with a
 * label so the two keys never coincide.
 */
@Component
class LookupTokens {

    private static final Logger log = LoggerFactory.getLogger(LookupTokens.class);
    private static final int LENGTH = 16;

    private final byte[] key;
    private final PublicAddress publicAddress;

    LookupTokens(
            @Value("${motcua.dossier.lookup-secret:}") String lookupSecret,
            @Value("${motcua.security.token-secret:}") String tokenSecret,
            PublicAddress publicAddress) {
        this.key = key(lookupSecret, tokenSecret);
        this.publicAddress = publicAddress;
    }

    String token(String code) {
        byte[] mac = hmac(key, code);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac).substring(0, LENGTH);
    }

    /** Compares in constant time, so the answer's timing does not tell how much of a guess was right. */
    boolean matches(String code, String token) {
        byte[] expected = token(code).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token == null ? new byte[0] : token.getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, given);
    }

    /** The address printed as the receipt's QR code. */
    String lookupUrl(String code) {
        return publicAddress.of("/d/" + code + "?k=" + token(code));
    }

    private static byte[] key(String lookupSecret, String tokenSecret) {
        if (!lookupSecret.isBlank()) {
            return lookupSecret.getBytes(StandardCharsets.UTF_8);
        }
        if (!tokenSecret.isBlank()) {
            return hmac(tokenSecret.getBytes(StandardCharsets.UTF_8), "motcua dossier lookup");
        }
        log.warn("Neither motcua.dossier.lookup-secret nor motcua.security.token-secret is set: the QR links on "
                + "dossier receipts stop working when this process ends");
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return random;
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
