package vn.motcua.server.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Decodes a bearer token, checking its signature once and its claims on every use (decision 33). A kiosk or a
 * clerk sends the same token with every request for hours; its HMAC and JSON were checked and parsed each time,
 * 7 % of a ticket's server time. The parsed token is kept under its full text (header, claims and signature), so
 * only a token whose signature was verified is ever found, and a changed byte is verified afresh. The validators
 * (expiry, issuer, {@link Revocations}) still run on every request: a revoked device or an expired token is
 * refused exactly as before.
 */
final class VerifiedTokens implements JwtDecoder {

    /** Beyond a province's devices and clerks; a full cache only means some tokens are verified again. */
    static final int CAPACITY = 20_000;

    private final JwtDecoder signatureOnly;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Cache<String, Jwt> verified;

    /**
     * @param signatureOnly checks the signature and parses the claims, with no validator of its own
     * @param validator the checks each use of the token must pass
     */
    VerifiedTokens(JwtDecoder signatureOnly, OAuth2TokenValidator<Jwt> validator, Clock clock) {
        this.signatureOnly = signatureOnly;
        this.validator = validator;
        this.verified = Caffeine.newBuilder()
                .maximumSize(CAPACITY)
                // kept no longer than the token lives: an expired one would be refused by the validator anyway
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> lifeLeft(jwt, clock)))
                .build();
    }

    @Override
    public Jwt decode(String token) {
        Jwt jwt = verified.get(token, signatureOnly::decode);
        OAuth2TokenValidatorResult result = validator.validate(jwt);
        if (result.hasErrors()) {
            // the same exception and message as NimbusJwtDecoder's own validation
            String description = result.getErrors().stream()
                    .map(OAuth2Error::getDescription)
                    .filter(d -> d != null && !d.isEmpty())
                    .findFirst()
                    .orElse("Unable to validate Jwt");
            throw new JwtValidationException(
                    "An error occurred while attempting to decode the Jwt: " + description, result.getErrors());
        }
        return jwt;
    }

    private static Duration lifeLeft(Jwt jwt, Clock clock) {
        if (jwt.getExpiresAt() == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), jwt.getExpiresAt());
        return left.isNegative() ? Duration.ZERO : left;
    }
}
