package vn.motcua.server.norm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.client.LiveListener;
import vn.motcua.client.LiveSubscription;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.NormBreach;
import vn.motcua.client.api.NormKind;
import vn.motcua.client.api.OfficeSnapshot;
import vn.motcua.client.api.QueueEvent;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.ServiceNorms;
import vn.motcua.client.api.StaffUpdate;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestClock;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficeDirectory;

@IntegrationTest
class NormBreachTest {

    /** A Monday, 09:00 in Hà Nội. */
    private static final Instant MORNING = Instant.parse("2026-06-01T02:00:00Z");

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @Autowired
    Fixtures fixtures;

    @Autowired
    NormWatch watch;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NormSettings settings;

    @Autowired
    OfficeDirectory offices;

    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void pinClock() {
        TestClock.pin(MORNING);
    }

    @AfterEach
    void releaseClock() {
        TestClock.release();
    }

    @Test
    void a_wait_over_the_norm_raises_one_breach_naming_the_ticket_pushed_to_the_board_and_ended_by_the_call() {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        MotcuaClient head = fixtures.staff(office.id(), Role.HEAD);
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        MotcuaClient clerk = fixtures.staff(office.id(), Role.CLERK);
        admin.offices().setServiceNorms(office.id(), areaNorm(office.area(0), 10, null));
        Board board = new Board();

        try (LiveSubscription live = LiveSubscription.board(head, office.id(), board)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !board.snapshots.isEmpty());
            kiosk.queue().issueTicket(office.id(), office.area(0), null);
            TestClock.advance(Duration.ofMinutes(10));
            watch.check(office.id());
            assertThat(head.reports().openNormBreaches(office.id()))
                    .as("ten minutes is within the norm")
                    .isEmpty();

            TestClock.advance(Duration.ofMinutes(2));
            watch.check(office.id());
            watch.check(office.id());
            TestClock.advance(Duration.ofMinutes(1));
            watch.check(office.id());

            List<NormBreach> lasting = head.reports().openNormBreaches(office.id());
            assertThat(lasting).singleElement().satisfies(b -> {
                assertThat(b.kind()).isEqualTo(NormKind.WAITING_TIME);
                assertThat(b.ticketCode()).isEqualTo("A001");
                assertThat(b.areaId()).isEqualTo(office.area(0));
                assertThat(b.limit()).isEqualTo(10);
                assertThat(b.worst()).isEqualTo(13);
                assertThat(b.startedAt()).isEqualTo(MORNING.plus(Duration.ofMinutes(12)));
            });
            await().atMost(Duration.ofSeconds(10)).until(() -> board.breaches.size() == 1);
            assertThat(board.breaches.getFirst().open()).isTrue();

            clerk.queue().callNext(office.id(), office.counter(0));
            // the call's event triggers a check by itself; waiting for it proves the board needs no periodic check
            await().atMost(Duration.ofSeconds(10)).until(() -> board.breaches.size() == 2);
            assertThat(board.breaches.get(1).endedAt()).isEqualTo(MORNING.plus(Duration.ofMinutes(13)));
            assertThat(head.reports().openNormBreaches(office.id())).isEmpty();
            assertThat(head.reports().normBreaches(office.id(), DAY, DAY))
                    .singleElement()
                    .satisfies(b -> assertThat(b.endedAt()).isNotNull());
        }
    }

    @Test
    void checks_racing_each_other_as_two_server_instances_would_record_and_push_a_breach_once() throws Exception {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        MotcuaClient head = fixtures.staff(office.id(), Role.HEAD);
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        admin.offices().setServiceNorms(office.id(), areaNorm(office.area(0), 5, null));
        kiosk.queue().issueTicket(office.id(), office.area(0), null);
        Board board = new Board();

        try (LiveSubscription live = LiveSubscription.board(head, office.id(), board)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !board.snapshots.isEmpty());
            TestClock.advance(Duration.ofMinutes(6));
            // the periodic check may join the race too, as the other instance's would
            try (ExecutorService instances = Executors.newFixedThreadPool(4)) {
                List<Future<List<NormBreach>>> checks = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    checks.add(instances.submit(() -> watch.check(office.id())));
                }
                for (Future<List<NormBreach>> check : checks) {
                    check.get();
                }
            }

            await().during(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> board.breaches.size() == 1);
            assertThat(head.reports().normBreaches(office.id(), DAY, DAY))
                    .singleElement()
                    .satisfies(b -> assertThat(b.id())
                            .isEqualTo(board.breaches.getFirst().id()));
        }
    }

    @Test
    void a_check_that_read_an_older_queue_neither_ends_a_breach_a_newer_check_recorded_nor_starts_it_again() {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        MotcuaClient head = fixtures.staff(office.id(), Role.HEAD);
        admin.offices().setServiceNorms(office.id(), new ServiceNorms(1, null, false, List.of()));
        Office at = offices.get(office.id());
        ServiceNorms norms = settings.of(office.id());
        Found queue = new Found(NormKind.QUEUE_LENGTH, "office", null, null, null, null, 1, 2);
        // far beyond the office's real sequence, so that the periodic checks of this test's queue are the stale ones
        long seq = Long.MAX_VALUE / 2;

        assertThat(recorded(at, norms, seq, MORNING, List.of(queue))).hasSize(1);
        assertThat(recorded(at, norms, seq - 1, MORNING, List.of()))
                .as("an older queue")
                .isEmpty();
        assertThat(recorded(at, norms, seq, MORNING.minusSeconds(5), List.of()))
                .as("an earlier time")
                .isEmpty();
        assertThat(head.reports().openNormBreaches(office.id())).hasSize(1);

        assertThat(recorded(at, norms, seq + 1, MORNING, List.of()))
                .singleElement()
                .satisfies(b -> assertThat(b.endedAt()).isEqualTo(MORNING));
        assertThat(recorded(at, norms, seq, MORNING, List.of(queue)))
                .as("the queue the ending check saw is newer")
                .isEmpty();
        assertThat(head.reports().normBreaches(office.id(), DAY, DAY)).hasSize(1);
    }

    @Test
    void a_queue_longer_than_the_norm_is_one_breach_that_records_its_worst_length() {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        MotcuaClient head = fixtures.staff(office.id(), Role.HEAD);
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        MotcuaClient clerk = fixtures.staff(office.id(), Role.CLERK);
        admin.offices().setServiceNorms(office.id(), new ServiceNorms(2, null, false, List.of()));

        for (int i = 0; i < 4; i++) {
            kiosk.queue().issueTicket(office.id(), office.area(i % 3), null);
            watch.check(office.id());
        }
        clerk.queue().callNext(office.id(), office.counter(2));
        watch.check(office.id());

        assertThat(head.reports().openNormBreaches(office.id())).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(NormKind.QUEUE_LENGTH);
            assertThat(b.limit()).isEqualTo(2);
            assertThat(b.worst()).isEqualTo(4);
        });
        clerk.queue().callNext(office.id(), office.counter(1));
        watch.check(office.id());
        assertThat(head.reports().openNormBreaches(office.id())).isEmpty();
        assertThat(head.reports().normBreaches(office.id(), DAY, DAY)).hasSize(1);
    }

    @Test
    void a_staffed_counter_that_calls_nobody_while_people_wait_for_it_is_an_idle_breach_until_it_calls() {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        MotcuaClient head = fixtures.staff(office.id(), Role.HEAD);
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        MotcuaClient clerk = fixtures.staff(office.id(), Role.CLERK);
        admin.offices().setServiceNorms(office.id(), new ServiceNorms(null, 5, false, List.of()));
        kiosk.queue().issueTicket(office.id(), office.area(2), null);
        clerk.queue().callNext(office.id(), office.counter(2));
        clerk.queue().start(office.id(), office.counter(2));
        clerk.queue().finish(office.id(), office.counter(2));
        TestClock.advance(Duration.ofMinutes(1));
        kiosk.queue().issueTicket(office.id(), office.area(2), null);

        TestClock.advance(Duration.ofMinutes(5));
        watch.check(office.id());
        assertThat(head.reports().openNormBreaches(office.id()))
                .as("idle for five minutes since the citizen came, which the norm allows")
                .isEmpty();
        TestClock.advance(Duration.ofMinutes(2));
        watch.check(office.id());

        assertThat(head.reports().openNormBreaches(office.id())).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(NormKind.IDLE_COUNTER);
            assertThat(b.counterId()).isEqualTo(office.counter(2));
            assertThat(b.worst()).isEqualTo(7);
        });
        clerk.queue().callNext(office.id(), office.counter(2));
        watch.check(office.id());
        assertThat(head.reports().openNormBreaches(office.id())).isEmpty();
    }

    @Test
    void a_service_over_the_norm_names_the_ticket_being_served() {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        MotcuaClient head = fixtures.staff(office.id(), Role.HEAD);
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        MotcuaClient clerk = fixtures.staff(office.id(), Role.CLERK);
        admin.offices().setServiceNorms(office.id(), areaNorm(office.area(1), null, 20));
        kiosk.queue().issueTicket(office.id(), office.area(1), null);
        clerk.queue().callNext(office.id(), office.counter(1));
        clerk.queue().start(office.id(), office.counter(1));

        TestClock.advance(Duration.ofMinutes(21));
        watch.check(office.id());

        assertThat(head.reports().openNormBreaches(office.id())).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(NormKind.SERVICE_TIME);
            assertThat(b.ticketCode()).isEqualTo("B001");
            assertThat(b.counterId()).isEqualTo(office.counter(1));
        });
        clerk.queue().finish(office.id(), office.counter(1));
        watch.check(office.id());
        assertThat(head.reports().openNormBreaches(office.id())).isEmpty();
    }

    @Test
    void the_heads_get_one_letter_at_their_staff_addresses_when_a_breach_starts_and_none_while_it_lasts_or_if_off() {
        var office = fixtures.office();
        var quiet = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        MotcuaClient quietAdmin = fixtures.staff(quiet.id(), Role.ADMIN);
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        MotcuaClient quietKiosk = fixtures.device(quiet.id(), Role.KIOSK, null);
        email(admin, office.id(), fixtures.staff(office.id(), Role.HEAD), Role.HEAD, "a@example.vn");
        email(admin, office.id(), fixtures.staff(office.id(), Role.HEAD), Role.HEAD, " b@example.vn ");
        fixtures.staff(office.id(), Role.HEAD);
        email(admin, office.id(), fixtures.staff(office.id(), Role.CLERK), Role.CLERK, "clerk@example.vn");
        email(quietAdmin, quiet.id(), fixtures.staff(quiet.id(), Role.HEAD), Role.HEAD, "a@example.vn");
        admin.offices().setServiceNorms(office.id(), new ServiceNorms(1, null, true, List.of()));
        quietAdmin.offices().setServiceNorms(quiet.id(), new ServiceNorms(1, null, false, List.of()));

        for (int i = 0; i < 3; i++) {
            kiosk.queue().issueTicket(office.id(), office.area(0), null);
            quietKiosk.queue().issueTicket(quiet.id(), quiet.area(0), null);
            watch.check(office.id());
            watch.check(quiet.id());
        }

        assertThat(jdbc.sql("select recipient, subject from message_outbox where office_id = ?")
                        .param(office.id())
                        .query((rs, n) -> rs.getString(1) + " | " + rs.getString(2))
                        .list())
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("a@example.vn,b@example.vn | Hàng chờ dài quá định mức: Văn phòng thử")
                .contains(" / Queue longer than the norm: ");
        assertThat(jdbc.sql("select count(*) from message_outbox where office_id = ?")
                        .param(quiet.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** Through the admin's staff screen's call, as an admin records a head's address. */
    private void email(MotcuaClient admin, long office, MotcuaClient staff, Role role, String address) {
        // a fixture's display name holds its unique username
        long id = jdbc.sql("select id from staff where full_name = ?")
                .param(staff.token().displayName())
                .query(Long.class)
                .single();
        admin.staff().updateStaff(office, id, new StaffUpdate(staff.token().displayName(), Set.of(role), address));
    }

    private List<NormBreach> recorded(Office office, ServiceNorms norms, long seq, Instant now, List<Found> found) {
        return transaction.execute(tx -> watch.record(office, norms, seq, now, found));
    }

    private static ServiceNorms areaNorm(long area, Integer maxWait, Integer maxService) {
        return new ServiceNorms(null, null, false, List.of(new ServiceNorms.AreaNorm(area, maxWait, maxService)));
    }

    static class Board implements LiveListener {
        final List<OfficeSnapshot> snapshots = new CopyOnWriteArrayList<>();
        final List<NormBreach> breaches = new CopyOnWriteArrayList<>();

        @Override
        public void onSnapshot(OfficeSnapshot snapshot) {
            snapshots.add(snapshot);
        }

        @Override
        public void onEvent(QueueEvent event) {}

        @Override
        public void onNormBreach(NormBreach breach) {
            breaches.add(breach);
        }
    }
}
