package vn.motcua.server.queue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import java.time.Duration;

/**
 * Runs one command of queue.lua against one office. The office id inside braces is the hash tag, so
 * all of an office's keys live in one Redis Cluster slot and every command stays a single atomic script.
 */
@Component
class QueueScript {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final RedisScript<String> script =
            RedisScript.of(new ClassPathResource("queue/queue.lua"), String.class);

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
        String answer = redis.execute(script, List.of(loadedKey(officeId)), command, json.writeValueAsString(withOffice));
        return json.readValue(answer, MAP);
    }

    /** Makes the next command of this office rebuild its queues from PostgreSQL. */
    void forget(long officeId) {
        redis.delete(loadedKey(officeId));
    }

    boolean isLoaded(long officeId, String day) {
        return day.equals(redis.opsForValue().get(loadedKey(officeId)));
    }

    boolean tryLock(long officeId, String token) {
        return Boolean.TRUE.equals(redis.opsForValue()
                .setIfAbsent(prefix(officeId) + "rebuild", token, Duration.ofSeconds(30)));
    }

    void unlock(long officeId, String token) {
        String key = prefix(officeId) + "rebuild";
        if (token.equals(redis.opsForValue().get(key))) {
            redis.delete(key);
        }
    }
}
