package vn.motcua.server.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Counts failures (wrong passwords, wrong look-up tokens, wrong phone digits) per subject in Redis, so that every
 * server instance sees the failures made on the others and a restart does not forgive them. After a rule's free
 * failures each further one locks the subject, for twice as long as the last up to the rule's longest lock; while
 * locked, the caller is refused before anything secret is compared. The count is forgotten after a rule's memory
 * without failures.
 *
 * <p>An unreachable Redis is not hidden (fail closed): its {@link org.springframework.dao.DataAccessException}
 * reaches {@link ApiProblems}, which answers 503 problem+json with Retry-After rather than a 500. Failing open
 * would leave four phone digits or a password open to unlimited guessing for as long as Redis is down; the
 * callers keep what needs no counting out of the throttle (a right receipt link is answered without it).
 */
@Component
public class FailureThrottle {

    /**
     * How one kind of subject is throttled; {@code scope} and {@code kind} name its keys. With {@code firstLock}
     * equal to {@code longestLock} the lock does not grow: a burst of free failures, then one try per lock.
     */
    public record Rule(
            String scope, String kind, int freeFailures, Duration firstLock, Duration longestLock, Duration memory) {}

    /** KEYS[1] failures, KEYS[2] lock (same hash slot); ARGV free failures, first lock ms, longest lock ms, memory ms. */
    private static final RedisScript<Long> FAILED = RedisScript.of("""
            local n = redis.call('INCR', KEYS[1])
            redis.call('PEXPIRE', KEYS[1], ARGV[4])
            local free = tonumber(ARGV[1])
            if n < free then return 0 end
            local lock = math.min(tonumber(ARGV[2]) * 2 ^ math.min(n - free, 40), tonumber(ARGV[3]))
            redis.call('SET', KEYS[2], '1', 'PX', math.floor(lock))
            return math.floor(lock)
            """, Long.class);

    private final StringRedisTemplate redis;

    public FailureThrottle(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** Zero when the subject may try. */
    public Duration lockLeft(Rule rule, String subject) {
        Long ms = redis.getExpire(key(rule, subject) + ":l", TimeUnit.MILLISECONDS);
        return Duration.ofMillis(ms == null ? 0 : Math.max(ms, 0));
    }

    public void failed(Rule rule, String subject) {
        String key = key(rule, subject);
        redis.execute(
                FAILED,
                List.of(key + ":f", key + ":l"),
                String.valueOf(rule.freeFailures()),
                String.valueOf(rule.firstLock().toMillis()),
                String.valueOf(rule.longestLock().toMillis()),
                String.valueOf(rule.memory().toMillis()));
    }

    /** Forgets the subject's failures, not a lock already running. */
    public void forget(Rule rule, String subject) {
        redis.delete(key(rule, subject) + ":f");
    }

    /**
     * Hashed, so that Redis holds neither usernames, addresses nor dossier codes; lower-cased, as usernames are
     * compared; the braces keep both keys of a subject in one Cluster slot.
     */
    static String key(Rule rule, String subject) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(subject.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return "mc:" + rule.scope() + ":{" + rule.kind() + ":"
                    + HexFormat.of().formatHex(digest, 0, 16) + "}";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
