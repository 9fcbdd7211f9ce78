package vn.motcua.server.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.motcua.client.api.AccessToken;
import vn.motcua.client.api.DevicePairing;
import vn.motcua.server.shared.FailureThrottle;
import vn.motcua.server.shared.ProblemText;
import vn.motcua.server.shared.TooManyRequestsException;

/**
 * Screens paired as devices, kept here so that every kiosk-app replica knows them (decision 20). The browser holds
 * a random reference; only its SHA-256 is stored, and it is looked up by that hash, so neither a copy of the table
 * nor the lookup's timing gives a usable reference. A reference is 256 random bits: guessing is hopeless, and
 * failed exchanges are still throttled per client address so that trying costs more than a database lookup.
 */
@Component
class DevicePairings {

    /** Replaced screens leave pairings nobody uses; beyond this many a device loses the one unused longest. */
    static final int MOST_PER_DEVICE = 10;

    /** Higher than sign-in's: every screen of an installation may reach the server from one kiosk-app address. */
    static final FailureThrottle.Rule PER_ADDRESS = new FailureThrottle.Rule(
            "pairing", "i", 60, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1));

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Tokens tokens;
    private final FailureThrottle failures;
    private final Revocations revocations;
    private final ProblemText text;

    DevicePairings(
            JdbcClient jdbc,
            Clock clock,
            Tokens tokens,
            FailureThrottle failures,
            Revocations revocations,
            ProblemText text) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.tokens = tokens;
        this.failures = failures;
        this.revocations = revocations;
        this.text = text;
    }

    @Transactional
    DevicePairing create(long deviceId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String reference = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into device_pairing (device_id, reference_hash, created_at, last_used_at)
                        values (?, ?, ?, ?)""")
                .params(deviceId, hash(reference), Timestamp.from(now), Timestamp.from(now))
                .update();
        jdbc.sql("""
                        delete from device_pairing where device_id = ? and id not in (
                            select id from device_pairing where device_id = ?
                            order by last_used_at desc, id desc limit ?)""").params(deviceId, deviceId, MOST_PER_DEVICE).update();
        return new DevicePairing(reference, deviceId, now);
    }

    /** The device's token for a pairing's reference; 401 for any reference that pairs nothing, whatever the reason. */
    @Transactional
    AccessToken exchange(String reference, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        Duration wait = failures.lockLeft(PER_ADDRESS, address);
        if (!wait.isZero()) {
            throw new TooManyRequestsException(
                    "TOO_MANY_SIGN_IN_ATTEMPTS",
                    text.text("problem.TOO_MANY_SIGN_IN_ATTEMPTS", (wait.toMillis() + 999) / 1000),
                    wait);
        }
        var paired = jdbc.sql("""
                        update device_pairing p set last_used_at = ?
                        from device d
                        where p.reference_hash = ? and d.id = p.device_id and d.revoked_at is null
                        returning p.id, d.id as device_id, d.code, d.kind, d.office_id, d.counter_id""")
                .params(Timestamp.from(clock.instant()), hash(reference))
                .query((rs, n) -> tokens.issue(
                        "device:" + rs.getLong("device_id"),
                        rs.getString("code"),
                        Set.of(rs.getLong("office_id") + ":" + rs.getString("kind")),
                        (Long) rs.getObject("counter_id"),
                        true,
                        rs.getLong("id")))
                .optional();
        if (paired.isEmpty()) {
            failures.failed(PER_ADDRESS, address);
            throw new BadCredentialsException("Unknown or revoked pairing");
        }
        return paired.get();
    }

    /** Unpairs one screen of the device; a reference of another device or of nothing is left as it is. */
    void revoke(long deviceId, String reference) {
        jdbc.sql("delete from device_pairing where device_id = ? and reference_hash = ?")
                .params(deviceId, hash(reference))
                .update();
        forgetAfterCommit(deviceId);
    }

    /** Unpairs every screen of the device: it was revoked or given a new secret. */
    void revokeAll(long deviceId) {
        jdbc.sql("delete from device_pairing where device_id = ?")
                .param(deviceId)
                .update();
        forgetAfterCommit(deviceId);
    }

    /** Forgotten before the commit, a concurrent request could remember the old state for another few seconds. */
    private void forgetAfterCommit(long deviceId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    revocations.forgetDevice(deviceId);
                }
            });
        } else {
            revocations.forgetDevice(deviceId);
        }
    }

    private static byte[] hash(String reference) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(reference.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
