package vn.motcua.server.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Refuses the token of a revoked device. Device tokens live for weeks (a kiosk must survive a night
 * offline), so revocation cannot wait for expiry; the answer is kept for a few seconds per device to
 * spare the database one query per request (the instance that revokes forgets it at once; others within
 * those seconds).
 */
@Component
class DeviceRevocation implements OAuth2TokenValidator<Jwt> {

    private static final Duration KEEP = Duration.ofSeconds(10);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<Long, Checked> checked = new ConcurrentHashMap<>();

    DeviceRevocation(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        String subject = token.getSubject();
        if (subject == null || !subject.startsWith("device:")) {
            return OAuth2TokenValidatorResult.success();
        }
        long id = Long.parseLong(subject.substring("device:".length()));
        Instant now = clock.instant();
        Checked last = checked.get(id);
        if (last == null || last.at.plus(KEEP).isBefore(now)) {
            boolean active = jdbc.sql("select count(*) from device where id = ? and revoked_at is null")
                    .param(id).query(Long.class).single() > 0;
            last = new Checked(active, now);
            checked.put(id, last);
        }
        return last.active ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "This device was revoked", null));
    }

    /** Forgets what this instance knew of the device, right after it was revoked here. */
    void forget(long deviceId) {
        checked.remove(deviceId);
    }

    private record Checked(boolean active, Instant at) {
    }
}
