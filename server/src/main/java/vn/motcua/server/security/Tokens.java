package vn.motcua.server.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;
import vn.motcua.client.api.AccessToken;
import vn.motcua.client.api.Role;

/** Issues the signed bearer tokens that staff and devices present on every REST call and STOMP connect. */
@Component
class Tokens {

    /** Stamped on every token and required by the decoder (SecurityConfig). */
    static final String ISSUER = "motcua";

    /** The id of the screen pairing a device token was exchanged for; absent on a sign-in with the secret. */
    static final String PAIRING_CLAIM = "pairing";

    private final JwtEncoder encoder;
    private final Clock clock;
    private final Duration staffLifetime;
    private final Duration deviceLifetime;

    Tokens(JwtEncoder encoder, Clock clock, SecurityProperties properties) {
        this.encoder = encoder;
        this.clock = clock;
        this.staffLifetime = properties.staffTokenLifetime();
        this.deviceLifetime = properties.deviceTokenLifetime();
    }

    AccessToken issue(String subject, String name, Set<String> grants, Long counterId, boolean device) {
        return issue(subject, name, grants, counterId, device, null);
    }

    /**
     * @param pairingId the screen pairing a device token was exchanged for: the token lives only as long as the
     *                  pairing (Revocations), and it cannot pair further screens (DevicePairings)
     */
    AccessToken issue(String subject, String name, Set<String> grants, Long counterId, boolean device, Long pairingId) {
        Instant now = clock.instant();
        Instant expires = now.plus(device ? deviceLifetime : staffLifetime);
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(subject)
                .issuedAt(now)
                .expiresAt(expires)
                .claim("name", name)
                .claim("grants", List.copyOf(new TreeSet<>(grants)));
        if (counterId != null) {
            claims.claim("counter", counterId);
        }
        if (pairingId != null) {
            claims.claim(PAIRING_CLAIM, pairingId);
        }
        String token = encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
                .getTokenValue();
        Caller caller = new Caller(subject, name, grants, counterId);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        grants.forEach(g -> roles.add(Role.valueOf(g.substring(g.indexOf(':') + 1))));
        return new AccessToken(token, expires, subject, name, roles, caller.officeIds(), counterId);
    }

    /** The pairing the token was exchanged for, if it was. */
    static Long pairingOf(Jwt jwt) {
        Object pairing = jwt.getClaims().get(PAIRING_CLAIM);
        return pairing == null ? null : ((Number) pairing).longValue();
    }

    static Caller callerOf(Jwt jwt) {
        Object counter = jwt.getClaims().get("counter");
        return new Caller(
                jwt.getSubject(),
                jwt.getClaimAsString("name"),
                Access.grantsOf(jwt),
                counter == null ? null : ((Number) counter).longValue());
    }
}
