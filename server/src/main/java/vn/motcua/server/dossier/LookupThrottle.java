package vn.motcua.server.dossier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing on the public lookup: each subject (a client address, a dossier code) has a bucket of
 * {@code burst} failed lookups that refills by one every {@code refill}; with the bucket empty, the subject
 * is refused until it refills. Successful lookups cost nothing.
 * Per server instance and in memory: the 96-bit token is the real protection, this only makes trying
 * expensive. Behind a proxy the address is the proxy's unless forwarded headers are trusted.
 */
class LookupThrottle {

    // an attacker rotating addresses must not grow the map without end; full buckets carry no information
    private static final int MAX_TRACKED = 100_000;

    private final Clock clock;
    private final int burst;
    private final Duration refill;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    LookupThrottle(Clock clock, int burst, Duration refill) {
        this.clock = clock;
        this.burst = burst;
        this.refill = refill;
    }

    /** False when the address has used up its failures. */
    boolean allows(String address) {
        Bucket bucket = buckets.get(address);
        return bucket == null || bucket.tokens(clock.instant()) >= 1;
    }

    void failed(String address) {
        if (buckets.size() >= MAX_TRACKED) {
            Instant now = clock.instant();
            buckets.values().removeIf(b -> b.tokens(now) >= burst);
        }
        buckets.computeIfAbsent(address, a -> new Bucket()).take(clock.instant());
    }

    private final class Bucket {

        private double tokens = burst;
        private Instant at = Instant.EPOCH;

        synchronized double tokens(Instant now) {
            if (now.isAfter(at)) {
                double gained = (double) Duration.between(at, now).toNanos() / refill.toNanos();
                tokens = Math.min(burst, tokens + gained);
                at = now;
            }
            return tokens;
        }

        synchronized void take(Instant now) {
            tokens = Math.max(0, tokens(now) - 1);
        }
    }
}
