package vn.motcua.server.norm;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.client.api.NormBreach;
import vn.motcua.server.shared.RedisChannels;

/**
 * Breaches that start or end, on the office's Redis channel ({@code RedisChannels.normBreaches}): the instance that recorded the change
 * publishes it once, and every instance relays it to its own subscribers of the office's live topic.
 */
@Component
public class NormAlerts {

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final RedisChannels channels;

    NormAlerts(StringRedisTemplate redis, JsonMapper json, RedisChannels channels) {
        this.redis = redis;
        this.json = json;
        this.channels = channels;
    }

    public NormBreach parse(String payload) {
        return json.readValue(payload, NormBreach.class);
    }

    void publish(NormBreach breach) {
        redis.convertAndSend(channels.normBreaches(breach.officeId()), json.writeValueAsString(breach));
    }
}
