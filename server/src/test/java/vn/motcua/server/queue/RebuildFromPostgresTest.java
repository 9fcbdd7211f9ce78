package vn.motcua.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.OfficeSnapshot;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.TicketView;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestClock;

/** Losing Redis loses no ticket: the queues come back from PostgreSQL and numbering continues. */
@IntegrationTest
class RebuildFromPostgresTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    StringRedisTemplate redis;

    @AfterEach
    void releaseClock() {
        TestClock.release();
    }

    @Test
    void after_redis_loses_its_data_mid_day_the_queues_are_rebuilt_and_the_next_number_continues() {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        MotcuaClient clerk = fixtures.staff(office.id(), Role.CLERK);
        for (int i = 0; i < 4; i++) {
            kiosk.queue().issueTicket(office.id(), office.area(0), null);
        }
        TicketView serving = clerk.queue().callNext(office.id(), office.counter(0));
        clerk.queue().start(office.id(), office.counter(0));
        OfficeSnapshot before = clerk.queue().snapshot(office.id());

        redis.getConnectionFactory().getConnection().serverCommands().flushDb();

        assertThat(kiosk.queue()
                        .issueTicket(office.id(), office.area(0), null)
                        .ticket()
                        .code())
                .isEqualTo("A005");
        OfficeSnapshot after = clerk.queue().snapshot(office.id());
        assertThat(after.seq()).isGreaterThan(before.seq());
        assertThat(after.waitingByArea().get(office.area(0)))
                .extracting(TicketView::code)
                .containsExactly("A002", "A003", "A004", "A005");
        assertThat(after.counters().getFirst().current().id()).isEqualTo(serving.id());
        assertThat(after.recentCalls()).extracting(c -> c.code()).containsExactly("A001");
        assertThat(clerk.queue().finish(office.id(), office.counter(0)).code()).isEqualTo("A001");
    }

    @Test
    void a_reactivated_ticket_keeps_its_place_at_the_back_and_every_counter_its_clerk_after_a_rebuild()
            throws Exception {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        MotcuaClient first = fixtures.staff(office.id(), Role.CLERK);
        MotcuaClient second = fixtures.staff(office.id(), Role.CLERK);
        TestClock.pin(Instant.now());
        for (int i = 0; i < 3; i++) {
            // a pinned clock would give the three the same issue time, and the queue no order among them
            TestClock.advance(Duration.ofSeconds(1));
            kiosk.queue().issueTicket(office.id(), office.area(0), null);
        }
        TicketView absent = first.queue().callNext(office.id(), office.counter(0));
        first.queue().noShow(office.id(), office.counter(0));
        TestClock.advance(Duration.ofMinutes(1));
        TicketView back = first.queue().reactivate(office.id(), absent.id());
        first.queue().callNext(office.id(), office.counter(0));
        second.queue().pause(office.id(), office.counter(1), "Họp giao ban");

        OfficeSnapshot before = first.queue().snapshot(office.id());
        redis.getConnectionFactory().getConnection().serverCommands().flushDb();
        OfficeSnapshot after = first.queue().snapshot(office.id());

        assertThat(back.queuedAt()).isAfter(back.issuedAt());
        for (OfficeSnapshot snapshot : List.of(before, after)) {
            List<TicketView> waiting = snapshot.waitingByArea().get(office.area(0));
            assertThat(waiting).extracting(TicketView::code).containsExactly("A003", "A001");
            assertThat(waiting.getFirst().queuedAt())
                    .isEqualTo(waiting.getFirst().issuedAt());
            assertThat(waiting.get(1).queuedAt()).isEqualTo(back.queuedAt());
            assertThat(snapshot.counters())
                    .filteredOn(c -> c.counterId() == office.counter(0))
                    .singleElement()
                    .satisfies(c ->
                            assertThat(c.clerkName()).isEqualTo(first.token().displayName()));
            assertThat(snapshot.counters())
                    .filteredOn(c -> c.counterId() == office.counter(1))
                    .singleElement()
                    .satisfies(c -> {
                        assertThat(c.clerkName()).isEqualTo(second.token().displayName());
                        assertThat(c.clerkId())
                                .isEqualTo(
                                        Long.parseLong(second.token().subject().substring(6)));
                    });
            assertThat(snapshot.counters())
                    .filteredOn(c -> c.counterId() == office.counter(2))
                    .singleElement()
                    .satisfies(c -> assertThat(c.clerkName()).isNull());
        }
    }

    @Test
    void the_watchdog_rebuilds_an_office_even_when_nobody_sends_a_command() {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        kiosk.queue().issueTicket(office.id(), office.area(1), null);

        redis.delete(QueueScript.loadedKey(office.id()));
        redis.delete(QueueScript.prefix(office.id()) + "w:" + office.area(1) + ":n");

        await().atMost(Duration.ofSeconds(10))
                .until(() -> Boolean.TRUE.equals(redis.hasKey(QueueScript.loadedKey(office.id()))));
        assertThat(redis.opsForZSet().size(QueueScript.prefix(office.id()) + "w:" + office.area(1) + ":n"))
                .isEqualTo(1);
    }
}
