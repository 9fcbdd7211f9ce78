package vn.motcua.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.TicketStatus;
import vn.motcua.client.api.TicketView;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;

@IntegrationTest
class TransferTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void a_ticket_transferred_to_another_area_keeps_its_number_and_its_place_by_issue_time() {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        MotcuaClient clerk = fixtures.staff(office.id(), Role.CLERK);
        String moved = kiosk.queue()
                .issueTicket(office.id(), office.area(0), null)
                .ticket()
                .id();
        String laterC = kiosk.queue()
                .issueTicket(office.id(), office.area(2), null)
                .ticket()
                .id();
        clerk.queue().callNext(office.id(), office.counter(0));
        clerk.queue().start(office.id(), office.counter(0));

        TicketView transferred = clerk.queue().transferToArea(office.id(), office.counter(0), office.area(2));

        assertThat(transferred.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(transferred.code()).isEqualTo("A001");
        assertThat(transferred.areaId()).isEqualTo(office.area(2));
        TicketView next = clerk.queue().callNext(office.id(), office.counter(2));
        assertThat(next.id()).isEqualTo(moved);
        assertThat(clerk.queue().snapshot(office.id()).waitingByArea().get(office.area(2)))
                .extracting(TicketView::id)
                .containsExactly(laterC);
    }

    @Test
    void a_ticket_transferred_to_a_counter_is_called_there_first_and_nowhere_else() {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        MotcuaClient clerk = fixtures.staff(office.id(), Role.CLERK);
        kiosk.queue().issueTicket(office.id(), office.area(1), null);
        kiosk.queue().issueTicket(office.id(), office.area(1), null);
        String moved = clerk.queue().callNext(office.id(), office.counter(0)).id();

        clerk.queue().transferToCounter(office.id(), office.counter(0), office.counter(2));

        assertThat(clerk.queue().snapshot(office.id()).counters().get(2).queued())
                .extracting(TicketView::id)
                .containsExactly(moved);
        assertThat(clerk.queue().callNext(office.id(), office.counter(1)).id()).isNotEqualTo(moved);
        assertThat(clerk.queue().callNext(office.id(), office.counter(2)).id()).isEqualTo(moved);
    }

    @Test
    void a_transfer_names_exactly_one_target_that_exists() {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        MotcuaClient clerk = fixtures.staff(office.id(), Role.CLERK);
        kiosk.queue().issueTicket(office.id(), office.area(0), null);
        clerk.queue().callNext(office.id(), office.counter(0));

        assertThatThrownBy(() -> clerk.queue().transferToArea(office.id(), office.counter(0), 999_999))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.fieldErrors()).extracting(m -> m.get("field")).containsExactly("areaId");
                });
        assertThatThrownBy(() -> clerk.queue().transferToCounter(office.id(), office.counter(0), office.counter(0)))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
    }
}
