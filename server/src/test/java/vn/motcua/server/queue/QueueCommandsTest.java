package vn.motcua.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.TicketStatus;
import vn.motcua.client.api.TicketView;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;

@IntegrationTest
class QueueCommandsTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    Fixtures.TestOffice office;
    MotcuaClient kiosk;
    MotcuaClient clerk;
    long counter;

    @BeforeEach
    void setUp() {
        office = fixtures.office();
        kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        clerk = fixtures.staff(office.id(), Role.CLERK);
        counter = office.counter(0);
    }

    @Test
    void a_ticket_goes_from_waiting_to_called_to_serving_to_done_and_each_phase_is_recorded() {
        String id = kiosk.queue()
                .issueTicket(office.id(), office.area(0), null)
                .ticket()
                .id();

        assertThat(clerk.queue().callNext(office.id(), counter).status()).isEqualTo(TicketStatus.CALLED);
        assertThat(clerk.queue().start(office.id(), counter).status()).isEqualTo(TicketStatus.SERVING);
        TicketView done = clerk.queue().finish(office.id(), counter);

        assertThat(done.status()).isEqualTo(TicketStatus.DONE);
        assertThat(done.startedAt()).isNotNull();
        assertThat(done.finishedAt()).isNotNull();
        assertThat(recorded(id, "status")).isEqualTo("DONE");
        assertThat(jdbc.sql("select type from ticket_event where ticket_id = ?::uuid order by id")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("ISSUED", "CALLED", "STARTED", "FINISHED");
    }

    @Test
    void a_recall_is_counted_and_moves_the_call_time_so_waiting_runs_to_the_last_call() {
        kiosk.queue().issueTicket(office.id(), office.area(0), null);
        TicketView first = clerk.queue().callNext(office.id(), counter);
        TicketView again = clerk.queue().recall(office.id(), counter);

        assertThat(again.calls()).isEqualTo(2);
        assertThat(again.calledAt()).isAfterOrEqualTo(first.calledAt());
        assertThat(recorded(again.id(), "calls")).isEqualTo("2");
    }

    @Test
    void a_no_show_can_be_reactivated_and_goes_to_the_back_of_its_queue() {
        String absent = kiosk.queue()
                .issueTicket(office.id(), office.area(0), null)
                .ticket()
                .id();
        String next = kiosk.queue()
                .issueTicket(office.id(), office.area(0), null)
                .ticket()
                .id();
        clerk.queue().callNext(office.id(), counter);
        assertThat(clerk.queue().noShow(office.id(), counter).status()).isEqualTo(TicketStatus.NO_SHOW);

        assertThat(clerk.queue().reactivate(office.id(), absent).status()).isEqualTo(TicketStatus.WAITING);

        assertThat(clerk.queue().callNext(office.id(), counter).id()).isEqualTo(next);
        clerk.queue().noShow(office.id(), counter);
        assertThat(clerk.queue().callNext(office.id(), counter).id()).isEqualTo(absent);
    }

    @Test
    void a_parked_ticket_leaves_the_counter_free_and_can_be_called_back() {
        String parked = kiosk.queue()
                .issueTicket(office.id(), office.area(0), null)
                .ticket()
                .id();
        kiosk.queue().issueTicket(office.id(), office.area(0), null);
        clerk.queue().callNext(office.id(), counter);
        clerk.queue().start(office.id(), counter);

        assertThat(clerk.queue().park(office.id(), counter).status()).isEqualTo(TicketStatus.PARKED);
        clerk.queue().callNext(office.id(), counter);
        assertThatThrownBy(() -> clerk.queue().unpark(office.id(), counter, parked))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("COUNTER_BUSY"));
        clerk.queue().noShow(office.id(), counter);

        TicketView back = clerk.queue().unpark(office.id(), counter, parked);
        assertThat(back.status()).isEqualTo(TicketStatus.CALLED);
        assertThat(back.calls()).isEqualTo(2);
    }

    @Test
    void a_specific_ticket_can_be_called_out_of_order_but_only_at_a_counter_serving_its_area() {
        kiosk.queue().issueTicket(office.id(), office.area(0), null);
        String later = kiosk.queue()
                .issueTicket(office.id(), office.area(0), null)
                .ticket()
                .id();
        String otherArea = kiosk.queue()
                .issueTicket(office.id(), office.area(2), null)
                .ticket()
                .id();

        assertThatThrownBy(() -> clerk.queue().callTicket(office.id(), counter, otherArea))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("NOT_SERVED_HERE"));
        assertThat(clerk.queue().callTicket(office.id(), counter, later).id()).isEqualTo(later);
    }

    @Test
    void a_waiting_ticket_can_be_cancelled_and_is_then_never_called() {
        String cancelled = kiosk.queue()
                .issueTicket(office.id(), office.area(0), null)
                .ticket()
                .id();

        assertThat(clerk.queue().cancel(office.id(), cancelled).status()).isEqualTo(TicketStatus.CANCELLED);
        assertThatThrownBy(() -> clerk.queue().callNext(office.id(), counter))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("QUEUE_EMPTY"));
    }

    @Test
    void a_paused_counter_refuses_to_call_until_it_resumes_and_the_pause_keeps_its_reason() {
        kiosk.queue().issueTicket(office.id(), office.area(0), null);
        clerk.queue().pause(office.id(), counter, "Họp giao ban");

        assertThatThrownBy(() -> clerk.queue().callNext(office.id(), counter))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("COUNTER_PAUSED"));
        assertThat(clerk.queue().snapshot(office.id()).counters().getFirst().pausedReason())
                .isEqualTo("Họp giao ban");

        clerk.queue().resume(office.id(), counter);
        assertThat(clerk.queue().callNext(office.id(), counter).status()).isEqualTo(TicketStatus.CALLED);
        assertThat(jdbc.sql("select count(*) from counter_pause where counter_id = ? and ended_at is not null")
                        .param(counter)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void transitions_from_the_wrong_state_are_refused_with_409_and_change_nothing() {
        assertThatThrownBy(() -> clerk.queue().start(office.id(), counter))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("NO_CURRENT_TICKET");
                });
        kiosk.queue().issueTicket(office.id(), office.area(0), null);
        clerk.queue().callNext(office.id(), counter);

        assertThatThrownBy(() -> clerk.queue().finish(office.id(), counter))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("WRONG_STATE"));
        assertThatThrownBy(() -> clerk.queue().callNext(office.id(), counter))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("COUNTER_BUSY"));
        assertThatThrownBy(() -> clerk.queue().resume(office.id(), counter))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("NOT_PAUSED"));
        assertThat(clerk.queue()
                        .snapshot(office.id())
                        .counters()
                        .getFirst()
                        .current()
                        .status())
                .isEqualTo(TicketStatus.CALLED);
    }

    @Test
    void a_ticket_carries_the_people_ahead_and_an_estimate_from_recent_service_times() {
        kiosk.queue().issueTicket(office.id(), office.area(1), null);
        kiosk.queue().issueTicket(office.id(), office.area(1), null);

        var third = kiosk.queue().issueTicket(office.id(), office.area(1), null);

        assertThat(third.peopleAhead()).isEqualTo(2);
        // no service finished yet in this area: 5 minutes each, shared by the two counters serving area B
        assertThat(third.estimatedWait()).hasMinutes(5);
    }

    private String recorded(String ticketId, String column) {
        return jdbc.sql("select " + column + "::text from ticket where id = ?::uuid")
                .param(ticketId)
                .query(String.class)
                .single();
    }
}
