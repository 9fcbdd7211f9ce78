package vn.motcua.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.IssuedTicket;
import vn.motcua.client.api.PriorityGroup;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;

/** One count of the people ahead and one estimate, whether the kiosk, the slip or the public page asks. */
@IntegrationTest
class TicketPositionTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    QueueEngine engine;

    @Test
    void the_kiosk_answer_and_a_later_look_up_give_the_same_people_ahead_and_the_same_wait() {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        kiosk.queue().issueTicket(office.id(), office.area(2), null);
        kiosk.queue().issueTicket(office.id(), office.area(2), null);
        IssuedTicket third = kiosk.queue().issueTicket(office.id(), office.area(2), null);

        IssuedTicket looked = engine.position(office.id(), third.ticket().id());

        assertThat(third.peopleAhead()).isEqualTo(2);
        assertThat(looked.peopleAhead()).isEqualTo(third.peopleAhead());
        assertThat(looked.estimatedWait()).isEqualTo(third.estimatedWait());
    }

    @Test
    void anyone_ahead_means_a_wait_of_at_least_a_whole_minute() {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        IssuedTicket first = kiosk.queue().issueTicket(office.id(), office.area(2), null);
        IssuedTicket second = kiosk.queue().issueTicket(office.id(), office.area(2), null);

        assertThat(first.estimatedWait()).isEqualTo(Duration.ZERO);
        assertThat(second.estimatedWait()).isGreaterThanOrEqualTo(Duration.ofMinutes(1));
        assertThat(second.estimatedWait().toSeconds() % 60).isZero();
    }

    @Test
    void a_priority_ticket_counts_only_the_priority_tickets_before_it_and_a_normal_one_counts_them_all() {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        kiosk.queue().issueTicket(office.id(), office.area(2), null);
        kiosk.queue().issueTicket(office.id(), office.area(2), PriorityGroup.ELDERLY);
        IssuedTicket priority = kiosk.queue().issueTicket(office.id(), office.area(2), PriorityGroup.DISABLED);
        IssuedTicket normal = kiosk.queue().issueTicket(office.id(), office.area(2), null);

        assertThat(priority.peopleAhead()).isEqualTo(1);
        assertThat(engine.position(office.id(), priority.ticket().id()).peopleAhead())
                .isEqualTo(1);
        assertThat(normal.peopleAhead()).isEqualTo(3);
    }

    @Test
    void a_ticket_transferred_to_a_counter_counts_the_people_ahead_of_it_at_that_counter() {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        MotcuaClient clerk = fixtures.staff(office.id(), Role.CLERK);
        for (int i = 0; i < 4; i++) {
            kiosk.queue().issueTicket(office.id(), office.area(1), null);
        }
        String first = clerk.queue().callNext(office.id(), office.counter(0)).id();
        clerk.queue().transferToCounter(office.id(), office.counter(0), office.counter(2));
        String second = clerk.queue().callNext(office.id(), office.counter(0)).id();
        clerk.queue().transferToCounter(office.id(), office.counter(0), office.counter(2));

        assertThat(engine.position(office.id(), first).peopleAhead()).isZero();
        assertThat(engine.position(office.id(), second).peopleAhead()).isEqualTo(1);
    }
}
