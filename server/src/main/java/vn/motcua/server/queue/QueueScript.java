package vn.motcua.server.queue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one command of queue.lua against one office. The office id inside braces is the hash tag, so
 * all of an office's keys live in one Redis Cluster slot and every command stays a single atomic script.
 */
@Component
class QueueScript {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final RedisScript<String> script = RedisScript.of(new ClassPathResource("queue/queue.lua"), String.class);
    private final RedisScript<Long> unlock = RedisScript.of(
            "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0", Long.class);

    QueueScript(StringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    static String prefix(long officeId) {
        return "mc:{" + officeId + "}:";
    }

    static String loadedKey(long officeId) {
        return prefix(officeId) + "loaded";
    }

    /** Runs the command; the answer is the script's JSON object, with "error" set when it refused. */
    Map<String, Object> run(long officeId, String command, Map<String, Object> args) {
        Map<String, Object> withOffice = new LinkedHashMap<>();
        args.forEach((k, v) -> {
            if (v != null) {
                withOffice.put(k, v);
            }
        });
        withOffice.put("office", officeId);
        String answer =
                redis.execute(script, List.of(loadedKey(officeId)), command, json.writeValueAsString(withOffice));
        return json.readValue(answer, MAP);
    }

    /**
     * Makes the next command of this office rebuild its queues from PostgreSQL, unless a rebuild already
     * replaced the state that ran under {@code epoch}.
     */
    void forget(long officeId, long epoch) {
        run(officeId, "forget", Map.of("epoch", epoch));
    }

    /** Drops the office's state when a command applied before {@code before} was never confirmed recorded. */
    boolean reclaim(long officeId, long before) {
        return Boolean.TRUE.equals(
                run(officeId, "reclaim", Map.of("before", before)).get("reclaimed"));
    }

    /** The command with this sequence number is in the record; the watchdog need not rebuild for it. */
    void confirm(long officeId, long seq) {
        redis.opsForZSet().remove(prefix(officeId) + "pending", String.valueOf(seq));
    }

    boolean isLoaded(long officeId, String day) {
        return day.equals(redis.opsForValue().get(loadedKey(officeId)));
    }

    boolean tryLock(long officeId, String token) {
        return Boolean.TRUE.equals(
                redis.opsForValue().setIfAbsent(prefix(officeId) + "rebuild", token, Duration.ofSeconds(30)));
    }

    /** Releases the lock only if it is still ours: it may have expired and been taken by another instance. */
    void unlock(long officeId, String token) {
        redis.execute(unlock, List.of(prefix(officeId) + "rebuild"), token);
    }
}
