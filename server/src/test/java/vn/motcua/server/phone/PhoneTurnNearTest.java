package vn.motcua.server.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.PhoneTicketSettings;
import vn.motcua.client.api.PriorityGroup;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;

/**
 * The turn-near SMS of a phone ticket: queued once when the people ahead fall to the office's number, by whichever
 * check (the queue events' listener, or several at once, as the instances sharing the stores each run one) settles
 * the ticket first; never for a ticket called before, nor for one whose turn was already near as it was issued.
 */
@IntegrationTest
class PhoneTurnNearTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TurnNearWatch watch;

    private Fixtures.TestOffice office;
    private MotcuaClient kiosk;
    private MotcuaClient clerk;
    private PhoneDesk desk;

    @BeforeEach
    void anOfficeThatTellsPhonesAtTwoAhead() {
        office = fixtures.office();
        fixtures.staff(office.id(), Role.ADMIN)
                .offices()
                .setPhoneTickets(office.id(), new PhoneTicketSettings(true, 200, 2));
        kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        clerk = fixtures.staff(office.id(), Role.CLERK);
        desk = new PhoneDesk(fixtures, jdbc, office.id());
    }

    @Test
    void the_citizen_is_told_once_when_two_people_are_ahead_however_many_checks_run_and_the_places_move()
            throws Exception {
        walkIns(4);
        String ticket = phoneTicket("en");
        assertThat(watch.check(office.id())).isZero();

        clerk.queue().callNext(office.id(), office.counter(0));
        clerk.queue().noShow(office.id(), office.counter(0));
        assertThat(watch.check(office.id())).as("three ahead").isZero();
        assertThat(turnNear(ticket)).isEmpty();

        clerk.queue().callNext(office.id(), office.counter(0));
        int sent = checkAtOnce(4);
        await().atMost(Duration.ofSeconds(10)).until(() -> !turnNear(ticket).isEmpty());
        assertThat(sent).isLessThanOrEqualTo(1);
        assertThat(turnNear(ticket))
                .singleElement()
                .isEqualTo("Your turn is near: ticket A005 at Văn phòng thử " + officeCode()
                        + ", 2 people ahead. Please come to the counters. Follow it: http://localhost:8080/t/"
                        + office.id() + "/" + ticket + "?lang=en");

        kiosk.queue().issueTicket(office.id(), office.area(0), PriorityGroup.ELDERLY);
        assertThat(checkAtOnce(4)).as("three ahead again").isZero();
        clerk.queue().noShow(office.id(), office.counter(0));
        clerk.queue().callNext(office.id(), office.counter(0));
        assertThat(checkAtOnce(4)).as("down to two again").isZero();
        assertThat(turnNear(ticket)).hasSize(1);
    }

    @Test
    void a_ticket_called_before_its_turn_came_near_is_never_told() {
        walkIns(4);
        String ticket = phoneTicket("vi");

        clerk.queue().callTicket(office.id(), office.counter(0), ticket);
        clerk.queue().noShow(office.id(), office.counter(0));
        clerk.queue().reactivate(office.id(), ticket);

        assertThat(watch.check(office.id())).isZero();
        assertThat(turnNear(ticket)).isEmpty();
        assertThat(jdbc.sql("select near_at is not null from phone_ticket where ticket_id = ?::uuid")
                        .param(ticket)
                        .query(Boolean.class)
                        .single())
                .as("settled")
                .isTrue();
    }

    @Test
    void a_ticket_issued_with_its_turn_already_near_is_not_told_by_SMS_what_its_page_shows() {
        walkIns(1);
        String ticket = phoneTicket("vi");

        assertThat(watch.check(office.id())).isZero();
        clerk.queue().callNext(office.id(), office.counter(0));
        assertThat(watch.check(office.id())).isZero();
        assertThat(turnNear(ticket)).isEmpty();
    }

    private void walkIns(int count) {
        for (int i = 0; i < count; i++) {
            kiosk.queue().issueTicket(office.id(), office.area(0), null);
        }
    }

    private String phoneTicket(String language) {
        String request = PhoneDesk.request(desk.sendCode(office.area(0), PhoneDesk.anyPhone(), language));
        String location = desk.take(request, desk.smsCode(request))
                .headers()
                .firstValue("location")
                .orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1, location.indexOf('?'));
    }

    /** As many checks at one moment as instances would run on one event; answers the messages they queued. */
    private int checkAtOnce(int checks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(checks);
        try {
            List<Callable<Integer>> all = new ArrayList<>();
            for (int i = 0; i < checks; i++) {
                all.add(() -> watch.check(office.id()));
            }
            int sent = 0;
            for (Future<Integer> f : pool.invokeAll(all)) {
                sent += f.get();
            }
            return sent;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> turnNear(String ticket) {
        return jdbc.sql("select body from message_outbox where reference = ? and kind = 'phone-turn-near'")
                .param(ticket)
                .query(String.class)
                .list();
    }

    private String officeCode() {
        return jdbc.sql("select code from office where id = ?")
                .param(office.id())
                .query(String.class)
                .single();
    }
}
