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
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import vn.motcua.client.api.NormBreach;
import vn.motcua.server.norm.NormAlerts;
import vn.motcua.server.shared.PatientListenerContainer;
import vn.motcua.server.shared.RedisChannels;

/** Relays the norm breaches that start or end, from Redis to this instance's subscribers of the office's norms topic. */
@Configuration
class NormRelay implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(NormRelay.class);

    private final NormAlerts alerts;
    private final SimpMessagingTemplate stomp;

    NormRelay(NormAlerts alerts, SimpMessagingTemplate stomp) {
        this.alerts = alerts;
        this.stomp = stomp;
    }

    @Bean
    RedisMessageListenerContainer normChannel(RedisConnectionFactory redis, RedisChannels channels) {
        RedisMessageListenerContainer container = new PatientListenerContainer();
        container.setConnectionFactory(redis);
        container.setTaskExecutor(new TaskExecutorAdapter(Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("norm-relay").daemon().factory())));
        container.addMessageListener(this, channels.allNormBreaches());
        return container;
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        try {
            NormBreach breach = alerts.parse(new String(message.getBody(), StandardCharsets.UTF_8));
            stomp.convertAndSend("/topic/office." + breach.officeId() + ".norms", breach);
        } catch (RuntimeException e) {
            log.warn("Could not relay a norm breach", e);
        }
    }
}
