package vn.motcua.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.LiveSubscription;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.CounterState;
import vn.motcua.client.api.OfficeSnapshot;
import vn.motcua.client.api.Role;
import vn.motcua.server.FaultableStores;
import vn.motcua.server.Fixtures;
import vn.motcua.server.queue.Storm.Action;
import vn.motcua.server.queue.Storm.Attempt;
import vn.motcua.server.queue.Storm.Outcome;

/**
 * The live queue never disagrees with its record, through the faults real offices see. Each test runs a
 * storm of kiosks and six counters against two server instances sharing one Redis and one PostgreSQL of the
 * suite's own while a fault repeats, then checks exact invariants from every request's recorded outcome.
 * Each adds its row to target/reliability.md (the table in docs/reliability.md).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QueueFaultStormTest {

    private static final Set<String> EXPECTED_REFUSALS =
            Set.of("QUEUE_EMPTY", "COUNTER_BUSY", "NO_CURRENT_TICKET", "WRONG_STATE");
    private static final Path REPORT = Path.of("target", "reliability.md");

    private static FaultableStores stores;
    private static TwoServers servers;

    @BeforeAll
    static void start() throws IOException {
        stores = new FaultableStores();
        servers = new TwoServers(stores);
        Files.writeString(
                REPORT,
                "| fault | actions | succeeded | errors by status | lost | duplicate numbers | "
                        + "double calls | undone finishes | back to normal (ms) | worst latency (ms) |\n"
                        + "|---|---|---|---|---|---|---|---|---|---|\n");
    }

    @AfterAll
    static void stop() {
        if (servers != null) {
            servers.close();
        }
        if (stores != null) {
            stores.close();
        }
    }

    @Test
    @Order(1)
    void without_a_fault_every_answer_matches_the_record() {
        storm("none", Duration.ofSeconds(10), end -> end.set(System.currentTimeMillis()));
    }

    @Test
    @Order(2)
    void redis_flushed_every_200_ms_never_calls_a_ticket_twice_nor_undoes_a_finish() {
        storm("FLUSHALL every 200 ms for 10 s (50 flushes)", Duration.ofSeconds(18), end -> {
            TwoServers.sleep(Duration.ofSeconds(2));
            for (int i = 0; i < 50; i++) {
                stores.flushRedis();
                TwoServers.sleep(Duration.ofMillis(200));
            }
            end.set(System.currentTimeMillis());
        });
    }

    @Test
    @Order(3)
    void redis_killed_and_restarted_empty_loses_nothing() {
        storm("Redis killed and restarted empty", Duration.ofSeconds(10), end -> {
            TwoServers.sleep(Duration.ofSeconds(4));
            stores.stopRedis();
            stores.startRedis();
            end.set(System.currentTimeMillis());
        });
    }

    @Test
    @Order(4)
    void redis_down_for_12_s_answers_503_fast_and_loses_nothing() {
        storm("Redis down 12 s", Duration.ofSeconds(20), end -> {
            TwoServers.sleep(Duration.ofSeconds(2));
            stores.stopRedis();
            TwoServers.sleep(Duration.ofSeconds(12));
            stores.startRedis();
            end.set(System.currentTimeMillis());
        });
    }

    @Test
    @Order(5)
    void postgresql_stopped_for_5_s_answers_503_fast_and_leaves_no_two_truths() {
        storm("PostgreSQL stopped 5 s", Duration.ofSeconds(14), end -> {
            TwoServers.sleep(Duration.ofSeconds(3));
            stores.stopPostgres();
            TwoServers.sleep(Duration.ofSeconds(5));
            stores.startPostgres();
            end.set(System.currentTimeMillis());
        });
    }

    @Test
    @Order(6)
    void one_server_instance_killed_mid_storm_leaves_no_two_truths() {
        storm("one server instance killed", Duration.ofSeconds(10), end -> {
            TwoServers.sleep(Duration.ofSeconds(4));
            servers.killOther();
            end.set(System.currentTimeMillis());
        });
    }

    private void storm(String fault, Duration length, Consumer<AtomicLong> injector) {
        Fixtures fixtures = servers.fixtures();
        Fixtures.TestOffice office = fixtures.office();
        List<Long> counters = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            counters.add(fixtures.counter(office.id(), 20 + i, office.area(0), office.area(1), office.area(2)));
        }
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        MotcuaClient clerk = fixtures.staff(office.id(), Role.CLERK);
        // each instance keeps an office's counters for 5 s and its watchdog may have read the office before
        // the six counters were added
        TwoServers.sleep(Duration.ofMillis(5_500));
        List<String> urls = servers.otherAlive()
                ? List.of(servers.inProcessUrl(), servers.otherUrl())
                : List.of(servers.inProcessUrl());
        Storm storm = new Storm(
                urls,
                office.id(),
                office.areas(),
                counters,
                kiosk.token().token(),
                clerk.token().token());
        AtomicLong faultEnd = new AtomicLong();
        long began = System.currentTimeMillis();
        WaitingModel screen = new WaitingModel();
        List<Outcome> outcomes;
        OfficeSnapshot snapshot;
        try (LiveSubscription live = LiveSubscription.queue(clerk, office.id(), screen)) {
            outcomes = storm.run(length, () -> injector.accept(faultEnd));
            OfficeSnapshot last = settled(clerk, office.id());
            await().atMost(Duration.ofSeconds(15)).until(() -> screen.seq() >= last.seq());
            snapshot = last;
        }
        List<Outcome> effective =
                outcomes.stream().filter(o -> o.attempts().getLast().at() > 0).toList();
        Map<Long, Integer> waitingNow = new HashMap<>();
        snapshot.waitingByArea().forEach((area, tickets) -> waitingNow.put(area, tickets.size()));
        JdbcClient jdbc = servers.bean(JdbcClient.class);

        Set<String> recorded = new HashSet<>(jdbc.sql("select id::text from ticket where office_id = ?")
                .param(office.id())
                .query(String.class)
                .list());
        List<String> issued = succeeded(effective, Action.ISSUE);
        List<String> lost = issued.stream().filter(id -> !recorded.contains(id)).toList();

        long duplicateNumbers =
                jdbc.sql("""
                        select count(*) - count(distinct (issue_area_id, day, number)) from ticket where office_id = ?""").param(office.id()).query(Long.class).single();
        List<String> calls = succeeded(effective, Action.CALL_NEXT);
        long doubleCalls = calls.size() - new HashSet<>(calls).size();
        long doubleCalledInRecord =
                jdbc.sql("""
                        select count(*) from (select e.ticket_id from ticket_event e join ticket t on t.id = e.ticket_id
                        where t.office_id = ? and e.type = 'CALLED' group by e.ticket_id having count(*) > 1) twice""").param(office.id()).query(Long.class).single();
        Set<String> done = new HashSet<>(jdbc.sql("select id::text from ticket where office_id = ? and status = 'DONE'")
                .param(office.id())
                .query(String.class)
                .list());
        List<String> undone = succeeded(effective, Action.FINISH).stream()
                .filter(id -> !done.contains(id))
                .toList();

        Set<String> openInRecord = new HashSet<>(
                jdbc.sql("""
                        select id::text from ticket where office_id = ?
                        and status in ('WAITING', 'CALLED', 'SERVING', 'PARKED')""").param(office.id()).query(String.class).list());
        Set<String> openLive = new HashSet<>();
        snapshot.waitingByArea().values().forEach(list -> list.forEach(t -> openLive.add(t.id())));
        for (CounterState counter : snapshot.counters()) {
            if (counter.current() != null) {
                openLive.add(counter.current().id());
            }
            counter.parked().forEach(t -> openLive.add(t.id()));
            counter.queued().forEach(t -> openLive.add(t.id()));
        }

        List<Attempt> errors = effective.stream()
                .flatMap(o -> o.attempts().stream())
                .filter(a -> a.status() / 100 != 2)
                .toList();
        List<Attempt> unexpected = errors.stream()
                .filter(a -> !(a.status() == 503 && a.contentType().startsWith("application/problem+json"))
                        && !(a.status() == 409 && EXPECTED_REFUSALS.contains(a.code()))
                        && !(a.status() == 0 && fault.contains("killed")))
                .toList();
        Attempt slowest = effective.stream()
                .flatMap(o -> o.attempts().stream())
                .max(Comparator.comparingLong(Attempt::millis))
                .orElseThrow();
        long worst = slowest.millis();
        long backToNormal = effective.stream()
                .flatMap(o -> o.attempts().stream())
                .filter(a -> a.status() / 100 == 2 && a.at() >= faultEnd.get())
                .mapToLong(a -> a.at() - faultEnd.get())
                .min()
                .orElse(-1);
        Map<String, Long> byStatus = errors.stream()
                .collect(Collectors.groupingBy(
                        a -> a.status() + (a.code() == null ? "" : " " + a.code()),
                        java.util.TreeMap::new,
                        Collectors.counting()));
        report("| %s | %d | %d | %s | %d | %d | %d | %d | %d | %d |%n"
                .formatted(
                        fault,
                        effective.size(),
                        effective.stream().filter(Outcome::succeeded).count(),
                        byStatus.isEmpty() ? "none" : byStatus,
                        lost.size(),
                        duplicateNumbers,
                        doubleCalls + doubleCalledInRecord,
                        undone.size(),
                        backToNormal,
                        worst));

        assertThat(issued).as("tickets issued in the storm (began %d)", began).isNotEmpty();
        assertThat(lost).as("2xx tickets missing from PostgreSQL").isEmpty();
        assertThat(duplicateNumbers).as("(area, day, number) twice").isZero();
        assertThat(doubleCalls)
                .as(
                        "tickets given by two call-next answers: %s",
                        calls.stream()
                                .filter(id -> calls.indexOf(id) != calls.lastIndexOf(id))
                                .distinct()
                                .map(id -> effective.stream()
                                                .filter(o -> id.equals(o.ticketId()))
                                                .toList() + " events "
                                        + jdbc.sql(
                                                        "select type || '@' || coalesce(counter_id, 0) || ' ' || at from ticket_event where ticket_id = ?::uuid order by id")
                                                .param(id)
                                                .query(String.class)
                                                .list())
                                .toList())
                .isZero();
        assertThat(doubleCalledInRecord)
                .as("tickets with two CALLED events in the record")
                .isZero();
        assertThat(undone).as("2xx finishes not DONE in the record").isEmpty();
        assertThat(openLive)
                .as("the live queue equals the record's open tickets")
                .isEqualTo(openInRecord);
        assertThat(screen.waiting())
                .as("a live subscriber's waiting counts equal the snapshot's")
                .isEqualTo(waitingNow);
        assertThat(unexpected)
                .as("errors other than 503 problem+json and expected refusals")
                .isEmpty();
        assertThat(worst).as("the slowest request, in ms: %s", slowest).isLessThan(2_500);
    }

    /** The snapshot once the instances have rebuilt whatever the fault left behind. */
    private static OfficeSnapshot settled(MotcuaClient clerk, long officeId) {
        TwoServers.sleep(Duration.ofSeconds(7));
        RuntimeException last = null;
        for (int i = 0; i < 40; i++) {
            try {
                return clerk.queue().snapshot(officeId);
            } catch (RuntimeException e) {
                last = e;
                TwoServers.sleep(Duration.ofMillis(500));
            }
        }
        throw last;
    }

    private static List<String> succeeded(List<Outcome> outcomes, Action action) {
        return outcomes.stream()
                .filter(o -> o.action() == action && o.succeeded())
                .map(Outcome::ticketId)
                .toList();
    }

    private static void report(String row) {
        try {
            Files.writeString(REPORT, row, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
