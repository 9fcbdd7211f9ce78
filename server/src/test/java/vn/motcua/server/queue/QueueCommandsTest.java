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
        String id =
                kiosk.issueTicket(office.id(), office.area(0), null).ticket().id();

        assertThat(clerk.callNext(office.id(), counter).status()).isEqualTo(TicketStatus.CALLED);
        assertThat(clerk.start(office.id(), counter).status()).isEqualTo(TicketStatus.SERVING);
        TicketView done = clerk.finish(office.id(), counter);

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
        kiosk.issueTicket(office.id(), office.area(0), null);
        TicketView first = clerk.callNext(office.id(), counter);
        TicketView again = clerk.recall(office.id(), counter);

        assertThat(again.calls()).isEqualTo(2);
        assertThat(again.calledAt()).isAfterOrEqualTo(first.calledAt());
        assertThat(recorded(again.id(), "calls")).isEqualTo("2");
    }

    @Test
    void a_no_show_can_be_reactivated_and_goes_to_the_back_of_its_queue() {
        String absent =
                kiosk.issueTicket(office.id(), office.area(0), null).ticket().id();
        String next =
                kiosk.issueTicket(office.id(), office.area(0), null).ticket().id();
        clerk.callNext(office.id(), counter);
        assertThat(clerk.noShow(office.id(), counter).status()).isEqualTo(TicketStatus.NO_SHOW);

        assertThat(clerk.reactivate(office.id(), absent).status()).isEqualTo(TicketStatus.WAITING);

        assertThat(clerk.callNext(office.id(), counter).id()).isEqualTo(next);
        clerk.noShow(office.id(), counter);
        assertThat(clerk.callNext(office.id(), counter).id()).isEqualTo(absent);
    }

    @Test
    void a_parked_ticket_leaves_the_counter_free_and_can_be_called_back() {
        String parked =
                kiosk.issueTicket(office.id(), office.area(0), null).ticket().id();
        kiosk.issueTicket(office.id(), office.area(0), null);
        clerk.callNext(office.id(), counter);
        clerk.start(office.id(), counter);

        assertThat(clerk.park(office.id(), counter).status()).isEqualTo(TicketStatus.PARKED);
        clerk.callNext(office.id(), counter);
        assertThatThrownBy(() -> clerk.unpark(office.id(), counter, parked))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("COUNTER_BUSY"));
        clerk.noShow(office.id(), counter);

        TicketView back = clerk.unpark(office.id(), counter, parked);
        assertThat(back.status()).isEqualTo(TicketStatus.CALLED);
        assertThat(back.calls()).isEqualTo(2);
    }

    @Test
    void a_specific_ticket_can_be_called_out_of_order_but_only_at_a_counter_serving_its_area() {
        kiosk.issueTicket(office.id(), office.area(0), null);
        String later =
                kiosk.issueTicket(office.id(), office.area(0), null).ticket().id();
        String otherArea =
                kiosk.issueTicket(office.id(), office.area(2), null).ticket().id();

        assertThatThrownBy(() -> clerk.callTicket(office.id(), counter, otherArea))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("NOT_SERVED_HERE"));
        assertThat(clerk.callTicket(office.id(), counter, later).id()).isEqualTo(later);
    }

    @Test
    void a_waiting_ticket_can_be_cancelled_and_is_then_never_called() {
        String cancelled =
                kiosk.issueTicket(office.id(), office.area(0), null).ticket().id();

        assertThat(clerk.cancel(office.id(), cancelled).status()).isEqualTo(TicketStatus.CANCELLED);
        assertThatThrownBy(() -> clerk.callNext(office.id(), counter))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("QUEUE_EMPTY"));
    }

    @Test
    void a_paused_counter_refuses_to_call_until_it_resumes_and_the_pause_keeps_its_reason() {
        kiosk.issueTicket(office.id(), office.area(0), null);
        clerk.pause(office.id(), counter, "Họp giao ban");

        assertThatThrownBy(() -> clerk.callNext(office.id(), counter))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("COUNTER_PAUSED"));
        assertThat(clerk.snapshot(office.id()).counters().getFirst().pausedReason())
                .isEqualTo("Họp giao ban");

        clerk.resume(office.id(), counter);
        assertThat(clerk.callNext(office.id(), counter).status()).isEqualTo(TicketStatus.CALLED);
        assertThat(jdbc.sql("select count(*) from counter_pause where counter_id = ? and ended_at is not null")
                        .param(counter)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void transitions_from_the_wrong_state_are_refused_with_409_and_change_nothing() {
        assertThatThrownBy(() -> clerk.start(office.id(), counter)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.code()).isEqualTo("NO_CURRENT_TICKET");
        });
        kiosk.issueTicket(office.id(), office.area(0), null);
        clerk.callNext(office.id(), counter);

        assertThatThrownBy(() -> clerk.finish(office.id(), counter))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("WRONG_STATE"));
        assertThatThrownBy(() -> clerk.callNext(office.id(), counter))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("COUNTER_BUSY"));
        assertThatThrownBy(() -> clerk.resume(office.id(), counter))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("NOT_PAUSED"));
        assertThat(clerk.snapshot(office.id()).counters().getFirst().current().status())
                .isEqualTo(TicketStatus.CALLED);
    }

    @Test
    void a_ticket_carries_the_people_ahead_and_an_estimate_from_recent_service_times() {
        kiosk.issueTicket(office.id(), office.area(1), null);
        kiosk.issueTicket(office.id(), office.area(1), null);

        var third = kiosk.issueTicket(office.id(), office.area(1), null);

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
