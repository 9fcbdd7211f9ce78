package vn.motcua.server.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.support.MessageBuilder;
import vn.motcua.client.LiveListener;
import vn.motcua.client.LiveSubscription;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.OfficeSnapshot;
import vn.motcua.client.api.QueueEvent;
import vn.motcua.client.api.QueueEventType;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.MotcuaServer;
import vn.motcua.server.shared.RedisChannels;

@IntegrationTest
class LiveEventsTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    Environment environment;

    @Autowired
    SimpleBrokerMessageHandler broker;

    @Autowired
    RedisChannels channels;

    @Test
    void a_display_board_receives_the_call_with_the_counter_and_clerk_names_in_sequence() {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        MotcuaClient clerk = fixtures.staff(office.id(), Role.CLERK);
        MotcuaClient display = fixtures.device(office.id(), Role.DISPLAY, null);
        Recorder board = new Recorder();

        try (LiveSubscription live = LiveSubscription.display(display, office.id(), board)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !board.snapshots.isEmpty());
            kiosk.queue().issueTicket(office.id(), office.area(0), null);
            clerk.queue().callNext(office.id(), office.counter(0));

            await().atMost(Duration.ofSeconds(10)).until(() -> board.events.size() >= 2);
            QueueEvent call = board.events.get(1);
            assertThat(call.type()).isEqualTo(QueueEventType.CALLED);
            assertThat(call.ticket().code()).isEqualTo("A001");
            assertThat(call.counterName()).isEqualTo("Quầy 1");
            assertThat(call.clerkName()).isEqualTo(clerk.token().displayName());
            assertThat(board.events.get(0).clerkName())
                    .as("a kiosk's ticket names no clerk")
                    .isNull();
            assertThat(call.seq()).isEqualTo(board.events.get(0).seq() + 1);
            assertThat(board.snapshots).hasSize(1);
        }
    }

    @Test
    void the_broker_finds_a_boards_subscription_under_its_topic_alone_and_forgets_it_when_the_board_leaves() {
        var office = fixtures.office();
        MotcuaClient display = fixtures.device(office.id(), Role.DISPLAY, null);
        String topic = "/topic/office." + office.id() + ".display";
        assertThat(broker.getSubscriptionRegistry()).isInstanceOf(TopicSubscribers.class);

        try (LiveSubscription live = LiveSubscription.display(display, office.id(), new Recorder())) {
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> !subscribers(topic).isEmpty());
            assertThat(subscribers(topic)).hasSize(1);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> subscribers(topic).isEmpty());
    }

    private Map<String, List<String>> subscribers(String topic) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setDestination(topic);
        return broker.getSubscriptionRegistry()
                .findSubscriptions(MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders()));
    }

    @Test
    void a_rating_tablet_hears_when_its_counter_finishes_a_ticket() {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        MotcuaClient clerk = fixtures.staff(office.id(), Role.CLERK);
        MotcuaClient tablet = fixtures.device(office.id(), Role.RATING_TABLET, office.counter(0));
        Recorder screen = new Recorder();

        try (LiveSubscription live = LiveSubscription.counter(tablet, office.id(), office.counter(0), screen)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !screen.snapshots.isEmpty());
            kiosk.queue().issueTicket(office.id(), office.area(0), null);
            clerk.queue().callNext(office.id(), office.counter(0));
            clerk.queue().start(office.id(), office.counter(0));
            clerk.queue().finish(office.id(), office.counter(0));

            await().atMost(Duration.ofSeconds(10)).until(() -> screen.types().contains(QueueEventType.FINISHED));
        }
    }

    @Test
    void a_rating_tablet_hears_the_finish_even_when_tickets_were_issued_while_its_counter_served() {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        MotcuaClient clerk = fixtures.staff(office.id(), Role.CLERK);
        MotcuaClient tablet = fixtures.device(office.id(), Role.RATING_TABLET, office.counter(0));
        Recorder screen = new Recorder();

        try (LiveSubscription live = LiveSubscription.counter(tablet, office.id(), office.counter(0), screen)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !screen.snapshots.isEmpty());
            for (int served = 0; served < 3; served++) {
                kiosk.queue().issueTicket(office.id(), office.area(0), null);
                clerk.queue().callNext(office.id(), office.counter(0));
                kiosk.queue().issueTicket(office.id(), office.area(0), null);
                clerk.queue().start(office.id(), office.counter(0));
                kiosk.queue().issueTicket(office.id(), office.area(0), null);
                clerk.queue().finish(office.id(), office.counter(0));
            }

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> screen.types().stream()
                                    .filter(QueueEventType.FINISHED::equals)
                                    .count()
                            == 3);
            assertThat(screen.snapshots).hasSize(1);
            assertThat(screen.events).allMatch(e -> e.counterId() == office.counter(0));
        }
    }

    @Test
    void events_of_another_deployment_on_the_same_redis_never_reach_this_deployments_boards() {
        var office = fixtures.office();
        MotcuaClient display = fixtures.device(office.id(), Role.DISPLAY, null);
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        Recorder board = new Recorder();
        String ours = channels.queueEvents(office.id());
        // Redis hands a PUBLISH to the subscribers of every database: a staging deployment in another database, or a
        // release before the channels named their database, publishing for an office with the same id
        String otherDatabase = ours.replaceFirst("^mc:\\d+:", "mc:" + (anotherDatabase() + ":"));
        String unnamedDatabase = ours.replaceFirst("^mc:\\d+:", "mc:");
        assertThat(otherDatabase).isNotEqualTo(ours);

        try (LiveSubscription live = LiveSubscription.display(display, office.id(), board)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !board.snapshots.isEmpty());
            long seq = live.sequence();
            for (String channel : List.of(otherDatabase, unnamedDatabase)) {
                redis.convertAndSend(
                        channel, "{\"type\":\"CALLED\",\"seq\":" + (seq + 1) + ",\"at\":0,\"waiting\":{}}");
            }
            kiosk.queue().issueTicket(office.id(), office.area(0), null);

            await().atMost(Duration.ofSeconds(10)).until(() -> board.types().contains(QueueEventType.ISSUED));
            assertThat(board.types()).containsExactly(QueueEventType.ISSUED);
            assertThat(board.snapshots)
                    .as("no gap seen, so no resynchronisation")
                    .hasSize(1);
        }
    }

    private int anotherDatabase() {
        String url = environment.getProperty("spring.data.redis.url", "redis://localhost:6379/0");
        return url.matches(".*/0$") ? 1 : 0;
    }

    @Test
    void a_client_that_sees_a_gap_in_the_sequence_fetches_a_fresh_snapshot() {
        var office = fixtures.office();
        MotcuaClient display = fixtures.device(office.id(), Role.DISPLAY, null);
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        Recorder board = new Recorder();

        try (LiveSubscription live = LiveSubscription.display(display, office.id(), board)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !board.snapshots.isEmpty());
            long seq = live.sequence();
            // an event that skips five numbers, as a client would see after losing some
            redis.convertAndSend(
                    channels.queueEvents(office.id()),
                    "{\"type\":\"ISSUED\",\"seq\":" + (seq + 5) + ",\"at\":0,\"waiting\":{}}");
            await().atMost(Duration.ofSeconds(10)).until(() -> board.snapshots.size() == 2);

            kiosk.queue().issueTicket(office.id(), office.area(0), null);
            await().atMost(Duration.ofSeconds(10)).until(() -> board.types().contains(QueueEventType.ISSUED));
            assertThat(board.events).hasSize(1);
        }
    }

    @Test
    void a_second_server_instance_delivers_events_for_tickets_issued_through_the_first() {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(MotcuaServer.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                        "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                        "--spring.data.redis.url=" + environment.getProperty("spring.data.redis.url"),
                        "--motcua.security.token-secret=" + environment.getProperty("motcua.security.token-secret"))) {
            int port = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
            MotcuaClient display = new MotcuaClient(java.net.URI.create("http://localhost:" + port));
            display.signInDevice(deviceCode(office.id()), Fixtures.PASSWORD);
            Recorder board = new Recorder();

            try (LiveSubscription live = LiveSubscription.display(display, office.id(), board)) {
                await().atMost(Duration.ofSeconds(10)).until(() -> !board.snapshots.isEmpty());
                String code = kiosk.queue()
                        .issueTicket(office.id(), office.area(2), null)
                        .ticket()
                        .code();

                await().atMost(Duration.ofSeconds(10)).until(() -> !board.events.isEmpty());
                assertThat(board.events.getFirst().ticket().code()).isEqualTo(code);
            }
        }
    }

    private String deviceCode(long officeId) {
        MotcuaClient display = fixtures.device(officeId, Role.DISPLAY, null);
        return display.token().displayName();
    }

    static class Recorder implements LiveListener {
        final List<OfficeSnapshot> snapshots = new CopyOnWriteArrayList<>();
        final List<QueueEvent> events = new CopyOnWriteArrayList<>();

        @Override
        public void onSnapshot(OfficeSnapshot snapshot) {
            snapshots.add(snapshot);
            events.clear();
        }

        @Override
        public void onEvent(QueueEvent event) {
            events.add(event);
        }

        List<QueueEventType> types() {
            return events.stream().map(QueueEvent::type).toList();
        }
    }
}
