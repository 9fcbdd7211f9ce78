package vn.motcua.server.live;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.support.TaskExecutorAdapter;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.PatternTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import vn.motcua.client.api.QueueEvent;
import vn.motcua.server.queue.QueueEvents;
import vn.motcua.server.shared.PatientListenerContainer;

/**
 * Relays every office's events from Redis to this instance's STOMP subscribers: the office's queue and
 * display topics, and the counter's topic for its rating tablet. One relay thread keeps them in order.
 */
@Configuration
class EventRelay implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(EventRelay.class);

    private final QueueEvents events;
    private final SimpMessagingTemplate stomp;

    EventRelay(QueueEvents events, SimpMessagingTemplate stomp) {
        this.events = events;
        this.stomp = stomp;
    }

    @Bean
    RedisMessageListenerContainer eventChannel(RedisConnectionFactory redis) {
        RedisMessageListenerContainer container = new PatientListenerContainer();
        container.setConnectionFactory(redis);
        container.setTaskExecutor(new TaskExecutorAdapter(Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("event-relay").daemon().factory())));
        container.addMessageListener(this, new PatternTopic(QueueEvents.CHANNEL_PATTERN));
        return container;
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        try {
            QueueEvent event = events.parse(
                    new String(message.getChannel()), new String(message.getBody(), StandardCharsets.UTF_8));
            String office = "/topic/office." + event.officeId();
            stomp.convertAndSend(office + ".queue", event);
            stomp.convertAndSend(office + ".display", event);
            if (event.counterId() != null) {
                stomp.convertAndSend(office + ".counter." + event.counterId(), event);
            }
        } catch (RuntimeException e) {
            log.warn("Could not relay a queue event", e);
        }
    }
}
