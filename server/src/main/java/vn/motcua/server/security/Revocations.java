package vn.motcua.server.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Refuses the token of a revoked device or a locked staff account, a token issued before an admin last reset the
 * account's password or the device's secret, and a token exchanged for a screen pairing that is gone (unpaired).
 * Tokens outlive such a decision (a
 * kiosk's for weeks, to survive a night offline; a clerk's for the working day), so it cannot wait for
 * expiry; the answer is kept for a few seconds per subject to spare the database one query per request
 * (the instance that decides forgets it at once; others within those seconds).
 */
@Component
class Revocations implements OAuth2TokenValidator<Jwt> {

    private static final Duration KEEP = Duration.ofSeconds(10);
    private static final String DEVICE = "device:";
    private static final String STAFF = "staff:";
    private static final String PAIRING = "/pairing:";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    Revocations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        String subject = token.getSubject();
        if (subject == null || !(subject.startsWith(DEVICE) || subject.startsWith(STAFF))) {
            return OAuth2TokenValidatorResult.success();
        }
        Long pairing = Tokens.pairingOf(token);
        String key = pairing == null ? subject : subject + PAIRING + pairing;
        Instant now = clock.instant();
        Checked last = checked.get(key);
        if (last == null || last.at.plus(KEEP).isBefore(now)) {
            last = check(subject, pairing, now);
            checked.put(key, last);
        }
        if (!last.active) {
            return OAuth2TokenValidatorResult.failure(new OAuth2Error(
                    "invalid_token",
                    subject.startsWith(DEVICE) ? "This device was revoked or unpaired" : "This account is locked",
                    null));
        }
        // a token carries its issue time in whole seconds: one issued in the second of the change still counts
        if (last.resetAt != null
                && token.getIssuedAt() != null
                && token.getIssuedAt().isBefore(last.resetAt.truncatedTo(ChronoUnit.SECONDS))) {
            return OAuth2TokenValidatorResult.failure(new OAuth2Error(
                    "invalid_token", "The password or secret was reset after this token was issued", null));
        }
        return OAuth2TokenValidatorResult.success();
    }

    /** Forgets what this instance knew of the device, right after it was revoked here. */
    void forgetDevice(long deviceId) {
        String subject = DEVICE + deviceId;
        checked.keySet().removeIf(key -> key.equals(subject) || key.startsWith(subject + PAIRING));
    }

    /** Forgets what this instance knew of the staff account, right after it was locked or unlocked here. */
    void forgetStaff(long staffId) {
        checked.remove(STAFF + staffId);
    }

    private Checked check(String subject, Long pairing, Instant now) {
        long id = Long.parseLong(subject.substring(subject.indexOf(':') + 1));
        if (subject.startsWith(DEVICE)) {
            return jdbc.sql("""
                            select secret_reset_at from device
                            where id = ? and revoked_at is null
                              and (?::bigint is null
                                   or exists (select 1 from device_pairing where id = ? and device_id = device.id))""")
                    .params(id, pairing, pairing)
                    .query((rs, n) -> {
                        Timestamp set = rs.getTimestamp(1);
                        return new Checked(true, set == null ? null : set.toInstant(), now);
                    })
                    .optional()
                    .orElse(new Checked(false, null, now));
        }
        return jdbc.sql("select password_reset_at from staff where id = ? and active")
                .param(id)
                .query((rs, n) -> {
                    Timestamp set = rs.getTimestamp(1);
                    return new Checked(true, set == null ? null : set.toInstant(), now);
                })
                .optional()
                .orElse(new Checked(false, null, now));
    }

    private record Checked(boolean active, Instant resetAt, Instant at) {}
}
