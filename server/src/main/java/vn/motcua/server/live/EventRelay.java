package vn.motcua.server.live;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.support.TaskExecutorAdapter;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.MimeTypeUtils;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.client.api.QueueEvent;
import vn.motcua.server.queue.QueueEvents;
import vn.motcua.server.shared.PatientListenerContainer;
import vn.motcua.server.shared.RedisChannels;

/**
 * Relays every office's events from Redis to this instance's STOMP subscribers: the office's queue and
 * display topics, and the counter's topic for its rating tablet. One relay thread keeps them in order.
 */
@Configuration
class EventRelay implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(EventRelay.class);

    private final QueueEvents events;
    private final SimpMessagingTemplate stomp;
    private final JsonMapper json;

    EventRelay(QueueEvents events, SimpMessagingTemplate stomp, JsonMapper json) {
        this.events = events;
        this.stomp = stomp;
        this.json = json;
    }

    @Bean
    RedisMessageListenerContainer eventChannel(RedisConnectionFactory redis, RedisChannels channels) {
        RedisMessageListenerContainer container = new PatientListenerContainer();
        container.setConnectionFactory(redis);
        container.setTaskExecutor(new TaskExecutorAdapter(Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("event-relay").daemon().factory())));
        container.addMessageListener(this, channels.allQueueEvents());
        return container;
    }

    @Override
    public void onMessage(org.springframework.data.redis.connection.Message message, byte[] pattern) {
        try {
            QueueEvent event = events.parse(
                    new String(message.getChannel()), new String(message.getBody(), StandardCharsets.UTF_8));
            // written once as JSON for all its topics; the broker shares these bytes among the subscribers
            Message<byte[]> frame = MessageBuilder.withPayload(json.writeValueAsBytes(event))
                    .setHeader(MessageHeaders.CONTENT_TYPE, MimeTypeUtils.APPLICATION_JSON)
                    .build();
            String office = "/topic/office." + event.officeId();
            stomp.send(office + ".queue", frame);
            stomp.send(office + ".display", frame);
            if (event.counterId() != null) {
                stomp.send(office + ".counter." + event.counterId(), frame);
            }
        } catch (RuntimeException e) {
            log.warn("Could not relay a queue event", e);
        }
    }
}
