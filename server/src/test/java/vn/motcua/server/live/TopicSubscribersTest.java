package vn.motcua.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.MessageBuilder;

class TopicSubscribersTest {

    private final TopicSubscribers registry = new TopicSubscribers();

    @Test
    void an_event_reaches_the_subscribers_of_its_topic_and_nobody_else_in_a_province_of_offices() {
        for (int office = 1; office <= 150; office++) {
            for (int screen = 0; screen < 22; screen++) {
                registry.registerSubscription(subscribe("o" + office + "s" + screen, "sub-0", queue(office)));
            }
        }

        assertThat(followers(queue(42))).hasSize(22).allSatisfy((session, ids) -> {
            assertThat(session).startsWith("o42s");
            assertThat(ids).containsExactly("sub-0");
        });
        assertThat(followers("/topic/office.151.queue")).isEmpty();
    }

    @Test
    void an_unsubscribed_or_disconnected_screen_is_no_longer_found_and_a_topic_nobody_follows_is_forgotten() {
        registry.registerSubscription(subscribe("board", "sub-0", display(1)));
        registry.registerSubscription(subscribe("board", "sub-1", queue(1)));
        registry.registerSubscription(subscribe("console", "sub-0", queue(1)));

        registry.unregisterSubscription(unsubscribe("console", "sub-0"));
        assertThat(followers(queue(1))).containsOnlyKeys("board");

        registry.unregisterAllSubscriptions("board");
        assertThat(followers(queue(1))).isEmpty();
        assertThat(followers(display(1))).isEmpty();

        registry.unregisterSubscription(unsubscribe("board", "sub-0"));
        registry.unregisterAllSubscriptions("never-connected");
        assertThat(followers(display(1))).isEmpty();
    }

    @Test
    void a_session_following_one_topic_twice_gets_each_subscription_and_a_reused_id_moves_to_the_new_topic() {
        registry.registerSubscription(subscribe("console", "sub-0", queue(1)));
        registry.registerSubscription(subscribe("console", "sub-1", queue(1)));
        assertThat(followers(queue(1))).containsEntry("console", List.of("sub-0", "sub-1"));

        registry.registerSubscription(subscribe("console", "sub-0", queue(2)));
        assertThat(followers(queue(1))).containsEntry("console", List.of("sub-1"));
        assertThat(followers(queue(2))).containsEntry("console", List.of("sub-0"));

        registry.registerSubscription(subscribe("console", "sub-0", queue(2)));
        assertThat(followers(queue(2))).containsEntry("console", List.of("sub-0"));
    }

    @Test
    void screens_coming_and_going_from_many_threads_leave_exactly_the_ones_still_subscribed() throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            IntStream.range(0, 2_000)
                    .forEach(i -> pool.submit(() -> {
                        String session = "s" + i;
                        registry.registerSubscription(subscribe(session, "sub-0", queue(i % 10)));
                        registry.registerSubscription(subscribe(session, "sub-1", display(i % 10)));
                        followers(queue(i % 10));
                        if (i % 2 == 0) {
                            registry.unregisterAllSubscriptions(session);
                        } else if (i % 3 == 0) {
                            registry.unregisterSubscription(unsubscribe(session, "sub-1"));
                        }
                    }));
        }

        for (int office = 0; office < 10; office++) {
            int o = office;
            List<String> stillOnQueue = IntStream.range(0, 2_000)
                    .filter(i -> i % 10 == o && i % 2 == 1)
                    .mapToObj(i -> "s" + i)
                    .toList();
            List<String> stillOnDisplay = IntStream.range(0, 2_000)
                    .filter(i -> i % 10 == o && i % 2 == 1 && i % 3 != 0)
                    .mapToObj(i -> "s" + i)
                    .toList();
            assertThat(followers(queue(o)).keySet()).containsExactlyInAnyOrderElementsOf(stillOnQueue);
            assertThat(followers(display(o)).keySet()).containsExactlyInAnyOrderElementsOf(stillOnDisplay);
        }
    }

    @Test
    void the_subscribers_handed_to_a_delivery_do_not_change_under_it_when_a_screen_leaves() {
        registry.registerSubscription(subscribe("board", "sub-0", display(1)));
        registry.registerSubscription(subscribe("tablet", "sub-0", display(1)));
        Map<String, List<String>> delivering = followers(display(1));

        registry.unregisterAllSubscriptions("tablet");

        assertThat(delivering).containsOnlyKeys("board", "tablet");
        assertThat(followers(display(1))).containsOnlyKeys("board");
    }

    private Map<String, List<String>> followers(String topic) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setDestination(topic);
        return registry.findSubscriptions(MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders()));
    }

    private static Message<byte[]> subscribe(String session, String id, String topic) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.SUBSCRIBE);
        headers.setSessionId(session);
        headers.setSubscriptionId(id);
        headers.setDestination(topic);
        return MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders());
    }

    private static Message<byte[]> unsubscribe(String session, String id) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.UNSUBSCRIBE);
        headers.setSessionId(session);
        headers.setSubscriptionId(id);
        return MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders());
    }

    private static String queue(int office) {
        return "/topic/office." + office + ".queue";
    }

    private static String display(int office) {
        return "/topic/office." + office + ".display";
    }
}
