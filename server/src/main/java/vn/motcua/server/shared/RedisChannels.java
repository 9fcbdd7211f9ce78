package vn.motcua.server.shared;

import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.listener.PatternTopic;
import org.springframework.data.redis.listener.Topic;
import org.springframework.stereotype.Component;

/**
 * The Redis pub/sub channels that carry every office's queue events and norm breaches to all server instances. Redis
 * delivers a PUBLISH to the subscribers of every database on the server, whatever database the publisher uses, so
 * the names carry this deployment's database: a staging and a production deployment on one Redis, each in its own
 * database, would otherwise show each other's calls on the boards of offices with the same id. The office id is the
 * channel's last part.
 */
@Component
public class RedisChannels {

    private final String prefix;

    RedisChannels(RedisConnectionFactory redis) {
        int database = redis instanceof LettuceConnectionFactory lettuce ? lettuce.getDatabase() : 0;
        this.prefix = "mc:" + database + ":";
    }

    /** Where queue.lua publishes the office's events, in the order of their sequence numbers. */
    public String queueEvents(long officeId) {
        return prefix + "events:" + officeId;
    }

    public Topic allQueueEvents() {
        return new PatternTopic(prefix + "events:*");
    }

    /** Where the instance that recorded a breach's start or end tells the others. */
    public String normBreaches(long officeId) {
        return prefix + "norms:" + officeId;
    }

    public Topic allNormBreaches() {
        return new PatternTopic(prefix + "norms:*");
    }
}
