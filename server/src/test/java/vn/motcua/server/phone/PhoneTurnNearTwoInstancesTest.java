package vn.motcua.server.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.PhoneTicketSettings;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.MotcuaServer;

/**
 * Two server instances on the same PostgreSQL and Redis, each with its own turn-near watch listening to the queue's
 * events: the event that brings a phone ticket's turn near reaches both, and the ticket is told once, by whichever
 * settles it first.
 */
@IntegrationTest
@Import(TurnNearCounter.class)
class PhoneTurnNearTwoInstancesTest {

    private static ConfigurableApplicationContext other;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    @BeforeEach
    void aSecondInstance() {
        if (other != null) {
            return;
        }
        List<String> arguments = new ArrayList<>(List.of("--server.port=0"));
        for (String key : List.of(
                "spring.datasource.url",
                "spring.datasource.username",
                "spring.datasource.password",
                "spring.data.redis.url",
                "motcua.security.token-secret",
                "motcua.appointment.job-interval",
                "motcua.monthly-report.cron")) {
            String value = environment.getProperty(key);
            if (value != null) {
                arguments.add("--" + key + "=" + value);
            }
        }
        other = new SpringApplicationBuilder(MotcuaServer.class, TurnNearCounter.class)
                .run(arguments.toArray(String[]::new));
    }

    @AfterAll
    static void stopTheSecondInstance() {
        if (other != null) {
            other.close();
            other = null;
        }
    }

    @Test
    void the_event_that_brings_the_turn_near_reaches_both_instances_and_the_citizen_is_told_once() {
        Fixtures.TestOffice office = fixtures.office();
        fixtures.staff(office.id(), Role.ADMIN)
                .offices()
                .setPhoneTickets(office.id(), new PhoneTicketSettings(true, 200, 2));
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        MotcuaClient clerk = fixtures.staff(office.id(), Role.CLERK);
        for (int i = 0; i < 3; i++) {
            kiosk.queue().issueTicket(office.id(), office.area(0), null);
        }
        PhoneDesk desk = new PhoneDesk(fixtures, jdbc, office.id());
        String request = PhoneDesk.request(desk.sendCode(office.area(0), PhoneDesk.anyPhone()));
        String location = desk.take(request, desk.smsCode(request))
                .headers()
                .firstValue("location")
                .orElseThrow();
        String ticket = location.substring(location.lastIndexOf('/') + 1, location.indexOf('?'));

        clerk.queue().callNext(office.id(), office.counter(0));

        await().atMost(Duration.ofSeconds(10)).until(() -> TurnNearCounter.published(ticket) > 0);
        await("no second instance telling it again")
                .during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(5))
                .until(() -> TurnNearCounter.published(ticket) == 1);
        assertThat(jdbc.sql("select count(*) from message_outbox where reference = ? and kind = 'phone-turn-near'")
                        .param(ticket)
                        .query(Integer.class)
                        .single())
                .isOne();
    }
}
