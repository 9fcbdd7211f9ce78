package vn.motcua.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** A token's signature is checked once, its claims and revocation on every use. */
class VerifiedTokensTest {

    private static final SecretKey KEY =
            new SecretKeySpec("test-secret-0123456789abcdefghijklmnop".getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");

    private final AtomicInteger signatureChecks = new AtomicInteger();
    private final JwtDecoder signatureOnly = counted();

    @Test
    void a_token_used_again_is_not_verified_again_but_is_judged_again() {
        AtomicInteger judged = new AtomicInteger();
        VerifiedTokens tokens = new VerifiedTokens(
                signatureOnly,
                jwt -> {
                    judged.incrementAndGet();
                    return OAuth2TokenValidatorResult.success();
                },
                Clock.fixed(NOW, ZoneOffset.UTC));
        String token = token(NOW.plus(Duration.ofHours(8)));

        assertThat(tokens.decode(token).getSubject()).isEqualTo("device:7");
        assertThat(tokens.decode(token).getSubject()).isEqualTo("device:7");

        assertThat(signatureChecks).hasValue(1);
        assertThat(judged).hasValue(2);
    }

    @Test
    void a_token_revoked_after_it_was_accepted_is_refused_at_its_next_use() {
        AtomicBoolean revoked = new AtomicBoolean();
        OAuth2TokenValidator<Jwt> revocations = jwt -> revoked.get()
                ? OAuth2TokenValidatorResult.failure(
                        new OAuth2Error("invalid_token", "This device was revoked or unpaired", null))
                : OAuth2TokenValidatorResult.success();
        VerifiedTokens tokens = new VerifiedTokens(signatureOnly, revocations, Clock.fixed(NOW, ZoneOffset.UTC));
        String token = token(NOW.plus(Duration.ofHours(8)));
        tokens.decode(token);

        revoked.set(true);

        assertThatThrownBy(() -> tokens.decode(token))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("This device was revoked or unpaired");
    }

    @Test
    void a_token_accepted_while_valid_is_refused_once_it_has_expired() {
        MovableClock clock = new MovableClock(NOW);
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
        timestamps.setClock(clock);
        VerifiedTokens tokens =
                new VerifiedTokens(signatureOnly, new DelegatingOAuth2TokenValidator<>(timestamps), clock);
        String token = token(NOW.plus(Duration.ofMinutes(10)));
        tokens.decode(token);

        clock.now = NOW.plus(Duration.ofMinutes(11));

        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void a_token_with_a_changed_signature_is_verified_afresh_and_refused() {
        VerifiedTokens tokens = new VerifiedTokens(
                signatureOnly, jwt -> OAuth2TokenValidatorResult.success(), Clock.fixed(NOW, ZoneOffset.UTC));
        String token = token(NOW.plus(Duration.ofHours(8)));
        tokens.decode(token);
        char last = token.charAt(token.length() - 2);
        String forged =
                token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);

        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(BadJwtException.class);
        assertThat(signatureChecks).hasValue(2);
    }

    private JwtDecoder counted() {
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withSecretKey(KEY)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        nimbus.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        return token -> {
            signatureChecks.incrementAndGet();
            return nimbus.decode(token);
        };
    }

    private static String token(Instant expiresAt) {
        return NimbusJwtEncoder.withSecretKey(KEY)
                .algorithm(MacAlgorithm.HS256)
                .build()
                .encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(),
                        JwtClaimsSet.builder()
                                .subject("device:7")
                                .issuer("motcua")
                                .issuedAt(NOW)
                                .expiresAt(expiresAt)
                                .build()))
                .getTokenValue();
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
