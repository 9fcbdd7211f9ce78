package vn.motcua.counter.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.client.api.CounterState;
import vn.motcua.client.api.OfficeSnapshot;
import vn.motcua.client.api.PriorityGroup;
import vn.motcua.client.api.QueueEvent;
import vn.motcua.client.api.QueueEventType;
import vn.motcua.client.api.TicketStatus;
import vn.motcua.client.api.TicketView;

class OfficeStateTest {

    private static final long AREA = 1;
    private static final long OTHER_AREA = 2;
    private static final long COUNTER = 10;
    private static final long OTHER_COUNTER = 11;
    private static final Instant NINE = Instant.parse("2026-11-25T02:00:00Z");

    private OfficeState state;
    private long seq;

    @BeforeEach
    void emptyOffice() {
        state = new OfficeState(new OfficeSnapshot(
                1,
                0,
                Map.of(AREA, List.of(), OTHER_AREA, List.of()),
                List.of(free(COUNTER), free(OTHER_COUNTER)),
                List.of()));
    }

    private static CounterState free(long id) {
        return new CounterState(id, null, null, List.of(), List.of(), null);
    }

    private static TicketView ticket(
            String id,
            long area,
            TicketStatus status,
            Long counter,
            Long target,
            PriorityGroup priority,
            int minutesAfterNine) {
        return new TicketView(
                id,
                1,
                area,
                id,
                1,
                LocalDate.of(2026, 11, 25),
                priority,
                status,
                counter,
                target,
                0,
                NINE.plusSeconds(60L * minutesAfterNine),
                null,
                null,
                null);
    }

    private boolean apply(QueueEventType type, TicketView ticket, Long counter, Map<Long, Integer> waiting) {
        return state.apply(new QueueEvent(1, ++seq, type, Instant.now(), ticket, counter, null, null, waiting));
    }

    @Test
    void an_issued_ticket_joins_its_service_area_queue_after_the_priority_ones() {
        apply(QueueEventType.ISSUED, ticket("A1", AREA, TicketStatus.WAITING, null, null, null, 0), null, null);
        apply(
                QueueEventType.ISSUED,
                ticket("A2", AREA, TicketStatus.WAITING, null, null, PriorityGroup.ELDERLY, 5),
                null,
                null);
        apply(QueueEventType.ISSUED, ticket("A3", AREA, TicketStatus.WAITING, null, null, null, 6), null, null);
        assertThat(state.waiting(AREA)).extracting(TicketView::id).containsExactly("A2", "A1", "A3");
        assertThat(state.waitingCount(OTHER_AREA)).isZero();
    }

    @Test
    void a_reactivated_ticket_waits_behind_those_that_entered_the_line_before_it() {
        TicketView first = ticket("A1", AREA, TicketStatus.WAITING, null, null, null, 0);
        apply(QueueEventType.ISSUED, first, null, null);
        apply(QueueEventType.ISSUED, ticket("A2", AREA, TicketStatus.WAITING, null, null, null, 5), null, null);
        TicketView back = new TicketView(
                "A1",
                1,
                AREA,
                "A1",
                1,
                first.day(),
                null,
                TicketStatus.WAITING,
                null,
                null,
                1,
                first.issuedAt(),
                null,
                null,
                null,
                NINE.plusSeconds(600));
        apply(QueueEventType.REACTIVATED, back, null, null);
        assertThat(state.waiting(AREA)).extracting(TicketView::id).containsExactly("A2", "A1");
    }

    @Test
    void a_command_at_a_counter_names_its_clerk_and_events_without_one_keep_it() {
        state.apply(new QueueEvent(
                1,
                ++seq,
                QueueEventType.COUNTER_PAUSED,
                Instant.now(),
                null,
                COUNTER,
                null,
                "Họp",
                Map.of(),
                7L,
                "Lê Thị Mai"));
        apply(QueueEventType.CALLED, ticket("A1", AREA, TicketStatus.CALLED, COUNTER, null, null, 0), COUNTER, null);
        assertThat(state.counter(COUNTER).clerkId()).isEqualTo(7L);
        assertThat(state.counter(COUNTER).clerkName()).isEqualTo("Lê Thị Mai");
        assertThat(state.counter(OTHER_COUNTER).clerkName()).isNull();
    }

    @Test
    void a_called_ticket_leaves_the_queue_and_becomes_the_counters_current_ticket() {
        apply(QueueEventType.ISSUED, ticket("A1", AREA, TicketStatus.WAITING, null, null, null, 0), null, null);
        apply(QueueEventType.CALLED, ticket("A1", AREA, TicketStatus.CALLED, COUNTER, null, null, 0), COUNTER, null);
        assertThat(state.waiting(AREA)).isEmpty();
        assertThat(state.counter(COUNTER).current().id()).isEqualTo("A1");
    }

    @Test
    void a_finished_or_absent_ticket_frees_its_counter() {
        apply(QueueEventType.CALLED, ticket("A1", AREA, TicketStatus.CALLED, COUNTER, null, null, 0), COUNTER, null);
        apply(QueueEventType.NO_SHOW, ticket("A1", AREA, TicketStatus.NO_SHOW, COUNTER, null, null, 0), COUNTER, null);
        assertThat(state.counter(COUNTER).current()).isNull();
    }

    @Test
    void a_ticket_transferred_to_a_counter_waits_for_that_counter_only() {
        apply(QueueEventType.CALLED, ticket("A1", AREA, TicketStatus.CALLED, COUNTER, null, null, 0), COUNTER, null);
        apply(
                QueueEventType.TRANSFERRED,
                ticket("A1", AREA, TicketStatus.WAITING, null, OTHER_COUNTER, null, 0),
                COUNTER,
                null);
        assertThat(state.counter(COUNTER).current()).isNull();
        assertThat(state.counter(OTHER_COUNTER).queued())
                .extracting(TicketView::id)
                .containsExactly("A1");
        assertThat(state.waiting(AREA)).isEmpty();
        assertThat(state.allWaiting()).extracting(TicketView::id).containsExactly("A1");
    }

    @Test
    void a_ticket_transferred_to_another_area_queues_there() {
        apply(QueueEventType.CALLED, ticket("A1", AREA, TicketStatus.CALLED, COUNTER, null, null, 0), COUNTER, null);
        apply(
                QueueEventType.TRANSFERRED,
                ticket("A1", OTHER_AREA, TicketStatus.WAITING, null, null, null, 0),
                COUNTER,
                null);
        assertThat(state.waiting(OTHER_AREA)).extracting(TicketView::id).containsExactly("A1");
    }

    @Test
    void a_parked_ticket_is_kept_at_its_counter_and_returns_when_called_back() {
        apply(QueueEventType.CALLED, ticket("A1", AREA, TicketStatus.CALLED, COUNTER, null, null, 0), COUNTER, null);
        apply(QueueEventType.PARKED, ticket("A1", AREA, TicketStatus.PARKED, COUNTER, null, null, 0), COUNTER, null);
        assertThat(state.counter(COUNTER).current()).isNull();
        assertThat(state.counter(COUNTER).parked()).extracting(TicketView::id).containsExactly("A1");
        apply(QueueEventType.UNPARKED, ticket("A1", AREA, TicketStatus.CALLED, COUNTER, null, null, 0), COUNTER, null);
        assertThat(state.counter(COUNTER).parked()).isEmpty();
        assertThat(state.counter(COUNTER).current().id()).isEqualTo("A1");
    }

    @Test
    void applying_the_commands_answer_and_then_its_event_leaves_one_copy() {
        TicketView waiting = ticket("A1", AREA, TicketStatus.WAITING, null, null, null, 0);
        apply(QueueEventType.ISSUED, waiting, null, null);
        apply(QueueEventType.ISSUED, waiting, null, null);
        assertThat(state.waiting(AREA)).hasSize(1);
    }

    @Test
    void waiting_counts_that_disagree_ask_for_a_fresh_snapshot() {
        TicketView a1 = ticket("A1", AREA, TicketStatus.WAITING, null, null, null, 0);
        assertThat(apply(QueueEventType.ISSUED, a1, null, Map.of(AREA, 1))).isTrue();
        TicketView a2 = ticket("A2", AREA, TicketStatus.WAITING, null, null, null, 1);
        assertThat(apply(QueueEventType.ISSUED, a2, null, Map.of(AREA, 3))).isFalse();
    }

    @Test
    void a_pause_event_sets_the_reason_and_resume_clears_it() {
        state.apply(new QueueEvent(1, 1, QueueEventType.COUNTER_PAUSED, NINE, null, COUNTER, null, "Họp", Map.of()));
        assertThat(state.counter(COUNTER).pausedReason()).isEqualTo("Họp");
        state.apply(new QueueEvent(1, 2, QueueEventType.COUNTER_RESUMED, NINE, null, COUNTER, null, null, Map.of()));
        assertThat(state.counter(COUNTER).paused()).isFalse();
    }
}
