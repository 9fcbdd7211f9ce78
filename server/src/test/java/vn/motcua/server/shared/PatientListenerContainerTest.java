package vn.motcua.server.shared;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import redis.embedded.RedisServer;
import vn.motcua.server.TestStores;

/**
 * A listener container started while its Redis is not answering yet (as on a machine busy starting several JVMs)
 * waits and subscribes once Redis is there, rather than failing the server's start. A real Redis, started late.
 */
class PatientListenerContainerTest {

    private RedisServer redis;
    private LettuceConnectionFactory connection;
    private PatientListenerContainer container;

    @AfterEach
    void stopAll() throws Exception {
        if (container != null) {
            container.destroy();
        }
        if (connection != null) {
            connection.destroy();
        }
        if (redis != null) {
            redis.stop();
        }
    }

    @Test
    void a_container_started_before_redis_answers_subscribes_once_it_does_and_hears_what_is_published()
            throws Exception {
        int port = TestStores.freePort();
        connection = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", port),
                LettuceClientConfiguration.builder()
                        .commandTimeout(Duration.ofSeconds(1))
                        .build());
        connection.afterPropertiesSet();
        connection.start();
        List<String> heard = new CopyOnWriteArrayList<>();
        container = new PatientListenerContainer();
        container.setConnectionFactory(connection);
        container.addMessageListener(
                (message, pattern) -> heard.add(new String(message.getBody())), new ChannelTopic("c"));
        container.afterPropertiesSet();

        CompletableFuture<Void> started = CompletableFuture.runAsync(container::start);
        // longer than Spring's own 2 s give-up and its 1 s handshake: the start neither fails nor finishes meanwhile
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6)).until(() -> !started.isDone());
        redis = RedisServer.builder()
                .port(port)
                .bind("127.0.0.1")
                .setting("save \"\"")
                .build();
        redis.start();

        started.get(30, java.util.concurrent.TimeUnit.SECONDS);
        new StringRedisTemplate(connection).convertAndSend("c", "gọi số A-001");
        await().atMost(Duration.ofSeconds(10)).until(() -> heard.contains("gọi số A-001"));
    }
}
