package vn.motcua.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestClock;
import vn.motcua.server.queue.ScriptCommand.CallNext;
import vn.motcua.server.queue.ScriptCommand.CallTicket;
import vn.motcua.server.queue.ScriptCommand.Finish;
import vn.motcua.server.queue.ScriptCommand.Issue;
import vn.motcua.server.queue.ScriptCommand.Load;
import vn.motcua.server.queue.ScriptCommand.NoShow;
import vn.motcua.server.queue.ScriptCommand.Pause;
import vn.motcua.server.queue.ScriptCommand.Reactivate;
import vn.motcua.server.queue.ScriptCommand.Recall;
import vn.motcua.server.queue.ScriptCommand.Start;
import vn.motcua.server.queue.ScriptCommand.Transfer;
import vn.motcua.server.queue.ScriptReply.Changed;
import vn.motcua.server.queue.ScriptReply.Issued;
import vn.motcua.server.queue.ScriptReply.Loaded;
import vn.motcua.server.queue.ScriptReply.NotLoaded;
import vn.motcua.server.queue.ScriptReply.Position;
import vn.motcua.server.queue.ScriptReply.Refusal;
import vn.motcua.server.queue.ScriptReply.Refused;
import vn.motcua.server.queue.ScriptReply.Replayed;
import vn.motcua.server.queue.ScriptReply.StaleLoad;

/**
 * The rules of queue.lua (the states table at its head), run directly through {@link QueueScript} against
 * the test Redis: no HTTP, no PostgreSQL record, so each rule is seen in the script alone. The office clock is
 * pinned to the day the tests load, and the script's times are after it, so the server's watchdog neither
 * rebuilds the day nor reclaims a command the tests leave unconfirmed.
 */
@IntegrationTest
class QueueScriptRulesTest {

    /** 09:00 on a Wednesday in Asia/Ho_Chi_Minh. */
    private static final Instant OPENING = Instant.parse("2026-03-04T02:00:00Z");

    private static final LocalDate DAY = LocalDate.parse("2026-03-04");
    /** Above any epoch the record gives a watchdog rebuild of the test office, so the tests' load wins. */
    private static final long EPOCH = 1_000_000;

    private static final long CLERK = 7;

    @Autowired
    Fixtures fixtures;

    @Autowired
    QueueScript script;

    @Autowired
    StringRedisTemplate redis;

    private Fixtures.TestOffice office;
    private long areaA;
    private long areaB;
    /** Serves areas A and B. */
    private long counter1;
    /** Serves area B. */
    private long counter2;

    private Instant now = OPENING;
    private LocalDate day = DAY;

    @BeforeEach
    void loadAnEmptyDay() {
        TestClock.pin(OPENING);
        office = fixtures.office();
        areaA = office.area(0);
        areaB = office.area(1);
        counter1 = office.counter(0);
        counter2 = office.counter(1);
        assertThat(load(EPOCH, Map.of())).isInstanceOf(Loaded.class);
    }

    @AfterEach
    void releaseClock() {
        TestClock.release();
    }

    @Test
    void numbers_run_per_service_area_and_start_again_at_one_the_next_day() {
        assertThat(issue(areaA, "A").ticket().code()).isEqualTo("A001");
        assertThat(issue(areaA, "A").ticket().code()).isEqualTo("A002");
        assertThat(issue(areaB, "B").ticket().code()).isEqualTo("B001");

        day = DAY.plusDays(1);
        now = OPENING.plus(Duration.ofDays(1));
        TestClock.pin(now);
        assertThat(load(EPOCH + 1, Map.of())).isInstanceOf(Loaded.class);

        assertThat(issue(areaA, "A").ticket().code()).isEqualTo("A001");
    }

    @Test
    void after_a_reclaim_the_office_refuses_commands_until_reloaded_and_no_recorded_number_is_issued_again() {
        Issued first = issue(areaA, "A");
        script.confirm(office.id(), first.event().seq());
        Instant beforeSecond = tick();
        issue(areaA, "A"); // applied, never confirmed recorded (its server died)

        assertThat(script.reclaim(office.id(), beforeSecond)).isFalse();
        assertThat(script.reclaim(office.id(), tick())).isTrue();
        assertThat(issueReply(areaA, "A", null)).isInstanceOf(NotLoaded.class);

        // the state is rebuilt from a record holding both numbers, after Redis lost the office's keys
        redis.delete(redis.keys(QueueScript.prefix(office.id()) + "*"));
        assertThat(load(EPOCH + 1, Map.of(areaA, 2))).isInstanceOf(Loaded.class);

        assertThat(issue(areaA, "A").ticket().code()).isEqualTo("A003");
    }

    @Test
    void call_next_takes_priority_tickets_across_the_counters_areas_at_most_priority_run_in_a_row() {
        List<String> normal = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            normal.add(issue(areaA, "A").ticket().code());
        }
        for (int i = 0; i < 3; i++) {
            issue(areaB, "B", "ELDERLY");
        }

        assertThat(callAll(counter1, 2, 6)).containsExactly("B001", "B002", "A001", "B003", "A002", "A003");
        assertThat(normal).containsExactly("A001", "A002", "A003");
    }

    @Test
    void call_next_takes_the_oldest_normal_ticket_across_the_counters_areas_and_its_own_queue_before_both() {
        issue(areaB, "B");
        issue(areaA, "A");
        issue(areaB, "B");
        issue(areaB, "B", "PREGNANT");
        // the counter 2 sends its called ticket to counter 1's own queue
        TicketRow sent = called(change(new CallNext(counter2, List.of(areaB), 3, CLERK)));
        changed(change(new Transfer(counter2, CLERK, null, counter1)));

        assertThat(sent.code()).isEqualTo("B003");
        assertThat(callAll(counter1, 3, 3)).containsExactly("B003", "B001", "A001");
    }

    @Test
    void recall_is_allowed_only_while_the_ticket_is_called() {
        issue(areaA, "A");
        changed(change(new CallNext(counter1, List.of(areaA), 3, CLERK)));

        TicketRow recalled =
                changed(change(new Recall(counter1, CLERK))).event().ticket();
        assertThat(recalled.status()).isEqualTo("CALLED");
        assertThat(recalled.calls()).isEqualTo(2);

        changed(change(new Start(counter1, CLERK)));
        assertThat(refused(change(new Recall(counter1, CLERK))))
                .isEqualTo(new Refused(Refusal.WRONG_STATE, "SERVING", null, null, null));
    }

    @Test
    void finish_is_allowed_only_while_serving_and_frees_the_counter() {
        issue(areaA, "A");
        changed(change(new CallNext(counter1, List.of(areaA), 3, CLERK)));

        assertThat(refused(change(new Finish(counter1, CLERK))).status()).isEqualTo("CALLED");
        changed(change(new Start(counter1, CLERK)));
        assertThat(changed(change(new Finish(counter1, CLERK))).event().ticket().status())
                .isEqualTo("DONE");
        assertThat(refused(change(new Finish(counter1, CLERK))).refusal()).isEqualTo(Refusal.NO_CURRENT_TICKET);
        assertThat(refused(change(new CallNext(counter1, List.of(areaA), 3, CLERK)))
                        .refusal())
                .isEqualTo(Refusal.QUEUE_EMPTY);
    }

    @Test
    void a_skipped_ticket_is_a_no_show_that_can_only_be_reactivated_to_the_back_of_its_queue() {
        TicketRow skipped = issue(areaA, "A").ticket();
        issue(areaA, "A");
        changed(change(new CallNext(counter1, List.of(areaA), 3, CLERK)));

        assertThat(changed(change(new NoShow(counter1, CLERK))).event().ticket().status())
                .isEqualTo("NO_SHOW");
        assertThat(refused(change(
                        new CallTicket(counter1, List.of(areaA), skipped.id().toString(), CLERK))))
                .isEqualTo(new Refused(Refusal.WRONG_STATE, "NO_SHOW", null, null, null));
        changed(change(new Reactivate(skipped.id().toString())));

        assertThat(position(skipped).ahead()).isEqualTo(1);
        assertThat(refused(change(new Reactivate(skipped.id().toString()))).status())
                .isEqualTo("WAITING");
    }

    @Test
    void a_skip_is_refused_once_the_ticket_is_being_served() {
        issue(areaA, "A");
        changed(change(new CallNext(counter1, List.of(areaA), 3, CLERK)));
        changed(change(new Start(counter1, CLERK)));

        assertThat(refused(change(new NoShow(counter1, CLERK))))
                .isEqualTo(new Refused(Refusal.WRONG_STATE, "SERVING", null, null, null));
    }

    @Test
    void transfer_is_allowed_while_called_or_serving_and_refused_when_the_counter_holds_no_ticket() {
        issue(areaA, "A");
        issue(areaA, "A");
        assertThat(refused(change(new Transfer(counter1, CLERK, areaB, null))).refusal())
                .isEqualTo(Refusal.NO_CURRENT_TICKET);

        changed(change(new CallNext(counter1, List.of(areaA), 3, CLERK)));
        TicketRow fromCalled = changed(change(new Transfer(counter1, CLERK, areaB, null)))
                .event()
                .ticket();
        changed(change(new CallNext(counter1, List.of(areaA), 3, CLERK)));
        changed(change(new Start(counter1, CLERK)));
        TicketRow fromServing = changed(change(new Transfer(counter1, CLERK, areaB, null)))
                .event()
                .ticket();

        assertThat(List.of(fromCalled, fromServing)).allSatisfy(t -> {
            assertThat(t.status()).isEqualTo("WAITING");
            assertThat(t.areaId()).isEqualTo(areaB);
            assertThat(t.counterId()).isNull();
        });
    }

    @Test
    void a_counter_that_is_busy_or_paused_cannot_take_a_ticket() {
        issue(areaA, "A");
        issue(areaA, "A");
        TicketRow held = called(change(new CallNext(counter1, List.of(areaA), 3, CLERK)));

        assertThat(refused(change(new CallNext(counter1, List.of(areaA), 3, CLERK))))
                .isEqualTo(
                        new Refused(Refusal.COUNTER_BUSY, null, null, held.id().toString(), null));
        changed(change(new Start(counter1, CLERK)));
        changed(change(new Finish(counter1, CLERK)));
        changed(change(new Pause(counter1, CLERK, "họp")));
        assertThat(refused(change(new CallNext(counter1, List.of(areaA), 3, CLERK))))
                .isEqualTo(new Refused(Refusal.COUNTER_PAUSED, null, "họp", null, null));
    }

    @Test
    void a_load_under_an_older_epoch_is_refused_and_every_answer_carries_the_epoch_it_ran_under() {
        assertThat(issue(areaA, "A").epoch()).isEqualTo(EPOCH);

        assertThat(load(EPOCH - 1, Map.of(areaA, 9))).isInstanceOf(StaleLoad.class);

        Issued next = issue(areaA, "A");
        assertThat(next.epoch()).isEqualTo(EPOCH);
        assertThat(next.ticket().code()).isEqualTo("A002");
    }

    @Test
    void forgetting_drops_the_state_only_when_it_still_runs_under_the_epoch_named() {
        script.forget(office.id(), EPOCH - 1);
        assertThat(issueReply(areaA, "A", null)).isInstanceOf(Issued.class);

        script.forget(office.id(), EPOCH);
        assertThat(issueReply(areaA, "A", null)).isInstanceOf(NotLoaded.class);
    }

    @Test
    void a_repeated_idempotency_key_answers_with_the_first_ticket_and_changes_nothing() {
        Issued first = (Issued) issueReply(areaA, "A", "kiosk-press-0001");
        assertThat(issueReply(areaA, "A", "kiosk-press-0001"))
                .isEqualTo(new Replayed(EPOCH, first.ticket().id().toString()));

        Changed call = changed(change(new CallNext(counter1, List.of(areaA), 3, CLERK), "call-press-0001"));
        issue(areaA, "A");
        assertThat(change(new CallNext(counter1, List.of(areaA), 3, CLERK), "call-press-0001"))
                .isEqualTo(new Replayed(EPOCH, call.event().ticket().id().toString()));
        assertThat(changed(change(new Pause(counter2, CLERK, "nghỉ"), "pause-press-01")))
                .isNotNull();
        assertThat(change(new Pause(counter2, CLERK, "nghỉ"), "pause-press-01")).isEqualTo(new Replayed(EPOCH, null));

        assertThat(issue(areaA, "A").ticket().code()).isEqualTo("A003");
    }

    @Test
    void a_ticket_sent_to_a_counter_counts_the_people_ahead_at_that_counter_by_issue_time() {
        TicketRow first = issue(areaA, "A").ticket();
        TicketRow second = issue(areaA, "A").ticket();
        issue(areaA, "A");
        // the counter 1 sends its two tickets to counter 2, the later-issued one first
        changed(change(new CallTicket(counter1, List.of(areaA), second.id().toString(), CLERK)));
        changed(change(new Transfer(counter1, CLERK, null, counter2)));
        assertThat(position(second).ahead()).isZero();
        changed(change(new CallTicket(counter1, List.of(areaA), first.id().toString(), CLERK)));
        changed(change(new Transfer(counter1, CLERK, null, counter2)));

        assertThat(position(first).ahead()).isZero();
        assertThat(position(second).ahead()).isEqualTo(1);
    }

    @Test
    void a_ticket_sent_to_another_area_counts_only_the_people_there_issued_before_it() {
        issue(areaB, "B");
        TicketRow moved = issue(areaA, "A").ticket();
        issue(areaB, "B");
        issue(areaB, "B", "DISABLED");
        changed(change(new CallNext(counter1, List.of(areaA), 3, CLERK)));

        changed(change(new Transfer(counter1, CLERK, areaB, null)));

        Position position = position(moved);
        assertThat(position.ticket().areaId()).isEqualTo(areaB);
        // the priority ticket and the one normal ticket issued before it
        assertThat(position.ahead()).isEqualTo(2);
    }

    private List<String> callAll(long counter, int priorityRun, int count) {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            order.add(called(change(new CallNext(counter, List.of(areaA, areaB), priorityRun, CLERK)))
                    .code());
            changed(change(new NoShow(counter, CLERK)));
        }
        return order;
    }

    private ScriptReply.LoadReply load(long epoch, Map<Long, Integer> numbers) {
        return script.load(
                office.id(),
                new Load(
                        epoch,
                        now.toEpochMilli(),
                        office.areas(),
                        office.counters(),
                        List.of(),
                        numbers,
                        Map.of(),
                        List.of(),
                        List.of(),
                        Map.of(),
                        Map.of()),
                now,
                day);
    }

    private Issued issue(long area, String prefix) {
        return issue(area, prefix, null);
    }

    private Issued issue(long area, String prefix, String priority) {
        ScriptReply.IssueReply reply = script.issue(
                office.id(),
                new Issue(UUID.randomUUID().toString(), area, prefix, null, priority, null),
                tick(),
                day,
                null);
        assertThat(reply).isInstanceOf(Issued.class);
        return (Issued) reply;
    }

    private ScriptReply.IssueReply issueReply(long area, String prefix, String key) {
        return script.issue(
                office.id(), new Issue(UUID.randomUUID().toString(), area, prefix, null, null, null), tick(), day, key);
    }

    private ScriptReply.ChangeReply change(ScriptCommand.Change command) {
        return change(command, null);
    }

    private ScriptReply.ChangeReply change(ScriptCommand.Change command, String key) {
        return script.change(office.id(), command, tick(), day, key);
    }

    private Position position(TicketRow ticket) {
        ScriptReply.PositionReply reply =
                script.position(office.id(), ticket.id().toString(), tick(), day);
        assertThat(reply).isInstanceOf(Position.class);
        return (Position) reply;
    }

    private static Changed changed(ScriptReply.ChangeReply reply) {
        assertThat(reply).isInstanceOf(Changed.class);
        return (Changed) reply;
    }

    private static TicketRow called(ScriptReply.ChangeReply reply) {
        TicketRow ticket = changed(reply).event().ticket();
        assertThat(ticket.status()).isEqualTo("CALLED");
        return ticket;
    }

    private static Refused refused(ScriptReply.ChangeReply reply) {
        assertThat(reply).isInstanceOf(Refused.class);
        return (Refused) reply;
    }

    /** Every command runs one second after the previous one, so queue times are distinct and ordered. */
    private Instant tick() {
        now = now.plusSeconds(1);
        return now;
    }
}
