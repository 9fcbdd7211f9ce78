package vn.motcua.server.norm;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.client.api.NormBreach;

/**
 * Breaches that start or end, on the Redis channel {@value #CHANNEL_PATTERN}: the instance that recorded the change
 * publishes it once, and every instance relays it to its own subscribers of the office's live topic.
 */
@Component
public class NormAlerts {

    public static final String CHANNEL_PATTERN = "mc:norms:*";

    private final StringRedisTemplate redis;
    private final JsonMapper json;

    NormAlerts(StringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    public NormBreach parse(String payload) {
        return json.readValue(payload, NormBreach.class);
    }

    void publish(NormBreach breach) {
        redis.convertAndSend("mc:norms:" + breach.officeId(), json.writeValueAsString(breach));
    }
}
