package vn.motcua.server.security;

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
import vn.motcua.server.shared.ProblemText;
import vn.motcua.server.shared.TooManyRequestsException;

/**
 * Brute-force protection of sign-in, shared by every server instance through Redis (decision 10): failures are
 * counted per account (staff username or device code) and per client address. After the free failures each
 * further one locks the subject for twice as long as the last (1 s, 2 s, 4 s … up to 15 min), and a locked
 * subject gets 429 with Retry-After before its password is even compared. The count is forgotten an hour after
 * the last failure; a successful sign-in forgets the account's count at once (not the address's, which may be
 * an attacker who also owns one account).
 */
@Component
class SignInThrottle {

    static final int FREE_FAILURES_PER_ACCOUNT = 5;
    /** Higher: a whole office's clerks and kiosks may share one address behind its router. */
    static final int FREE_FAILURES_PER_ADDRESS = 30;

    static final Duration FIRST_LOCK = Duration.ofSeconds(1);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    static final Duration MEMORY = Duration.ofHours(1);

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
    private final ProblemText text;

    SignInThrottle(StringRedisTemplate redis, ProblemText text) {
        this.redis = redis;
        this.text = text;
    }

    /** @throws TooManyRequestsException while the account or the address is locked */
    void check(String account, String address) {
        long wait = Math.max(lockLeft(key("a", account)), lockLeft(key("i", address)));
        if (wait > 0) {
            Duration retryAfter = Duration.ofMillis(wait);
            throw new TooManyRequestsException(
                    "TOO_MANY_SIGN_IN_ATTEMPTS",
                    text.text("problem.TOO_MANY_SIGN_IN_ATTEMPTS", (wait + 999) / 1000),
                    retryAfter);
        }
    }

    void failed(String account, String address) {
        fail(key("a", account), FREE_FAILURES_PER_ACCOUNT);
        fail(key("i", address), FREE_FAILURES_PER_ADDRESS);
    }

    void succeeded(String account) {
        redis.delete(key("a", account) + ":f");
    }

    long lockLeft(String key) {
        Long ms = redis.getExpire(key + ":l", TimeUnit.MILLISECONDS);
        return ms == null ? 0 : Math.max(ms, 0);
    }

    private void fail(String key, int free) {
        redis.execute(
                FAILED,
                List.of(key + ":f", key + ":l"),
                String.valueOf(free),
                String.valueOf(FIRST_LOCK.toMillis()),
                String.valueOf(LONGEST_LOCK.toMillis()),
                String.valueOf(MEMORY.toMillis()));
    }

    /** Hashed, so that Redis holds neither usernames nor addresses; the braces keep both keys in one Cluster slot. */
    static String key(String kind, String subject) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(subject.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return "mc:signin:{" + kind + ":" + HexFormat.of().formatHex(digest, 0, 16) + "}";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
