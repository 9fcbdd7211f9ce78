package vn.motcua.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.PriorityGroup;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;

/**
 * The rule: priority tickets go first, but after {@code priorityRun} priority calls in a row a counter
 * takes the longest-waiting normal ticket, so normal tickets are never starved.
 */
@IntegrationTest
class PriorityInterleaveTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void after_three_priority_calls_in_a_row_the_counter_serves_one_normal_ticket() {
        var office = fixtures.office(3);
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        for (int i = 0; i < 5; i++) {
            kiosk.queue().issueTicket(office.id(), office.area(0), null);
        }
        for (int i = 0; i < 5; i++) {
            kiosk.queue().issueTicket(office.id(), office.area(1), PriorityGroup.ELDERLY);
        }

        assertThat(callAll(office, 10))
                .containsExactly("B001", "B002", "B003", "A001", "B004", "B005", "A002", "A003", "A004", "A005");
    }

    @Test
    void the_run_length_is_configurable_per_office() {
        var office = fixtures.office(1);
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        for (int i = 0; i < 3; i++) {
            kiosk.queue().issueTicket(office.id(), office.area(0), null);
            kiosk.queue().issueTicket(office.id(), office.area(0), PriorityGroup.DISABLED);
        }

        assertThat(callAll(office, 6)).containsExactly("A002", "A001", "A004", "A003", "A006", "A005");
    }

    @Test
    void without_normal_tickets_waiting_priority_tickets_keep_being_called() {
        var office = fixtures.office(2);
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        for (int i = 0; i < 4; i++) {
            kiosk.queue().issueTicket(office.id(), office.area(0), PriorityGroup.PREGNANT);
        }

        assertThat(callAll(office, 4)).containsExactly("A001", "A002", "A003", "A004");
    }

    private List<String> callAll(Fixtures.TestOffice office, int count) {
        MotcuaClient clerk = fixtures.staff(office.id(), Role.CLERK);
        List<String> order = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            order.add(clerk.queue().callNext(office.id(), office.counter(0)).code());
            clerk.queue().noShow(office.id(), office.counter(0));
        }
        return order;
    }
}
