package vn.motcua.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.TicketStatus;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestClock;

@IntegrationTest
class TicketNumberingTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void releaseClock() {
        TestClock.release();
    }

    @Test
    void numbers_run_per_service_area_with_its_prefix() {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);

        assertThat(kiosk.queue()
                        .issueTicket(office.id(), office.area(0), null)
                        .ticket()
                        .code())
                .isEqualTo("A001");
        assertThat(kiosk.queue()
                        .issueTicket(office.id(), office.area(0), null)
                        .ticket()
                        .code())
                .isEqualTo("A002");
        assertThat(kiosk.queue()
                        .issueTicket(office.id(), office.area(1), null)
                        .ticket()
                        .code())
                .isEqualTo("B001");
    }

    @Test
    void numbering_starts_again_at_local_midnight_in_Ho_Chi_Minh_City_not_at_UTC_midnight() {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        // 16:59:50 UTC is 23:59:50 in Asia/Ho_Chi_Minh
        TestClock.pin(Instant.parse("2026-03-02T16:59:50Z"));
        var lastOfDay =
                kiosk.queue().issueTicket(office.id(), office.area(0), null).ticket();
        kiosk.queue().issueTicket(office.id(), office.area(0), null);

        TestClock.advance(Duration.ofSeconds(20));
        var firstOfNextDay =
                kiosk.queue().issueTicket(office.id(), office.area(0), null).ticket();

        assertThat(lastOfDay.day()).hasToString("2026-03-02");
        assertThat(firstOfNextDay.day()).hasToString("2026-03-03");
        assertThat(firstOfNextDay.code()).isEqualTo("A001");
        assertThat(kiosk.queue().snapshot(office.id()).waitingCount(office.area(0)))
                .isEqualTo(1);
        assertThat(jdbc.sql("select status from ticket where id = ?::uuid")
                        .param(lastOfDay.id())
                        .query(String.class)
                        .single())
                .isEqualTo(TicketStatus.CANCELLED.name());
    }

    @Test
    void a_service_area_refuses_tickets_past_its_daily_limit_and_numbering_has_no_gap() {
        var office = fixtures.office();
        jdbc.sql("update service_area set daily_limit = 2 where id = ?")
                .param(office.area(2))
                .update();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        kiosk.queue().issueTicket(office.id(), office.area(2), null);
        kiosk.queue().issueTicket(office.id(), office.area(2), null);

        assertThatThrownBy(() -> kiosk.queue().issueTicket(office.id(), office.area(2), null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("DAILY_LIMIT");
                });
    }

    @Test
    void an_office_refuses_tickets_outside_its_opening_hours() {
        var office = fixtures.office();
        jdbc.sql("update office set opens_at = '07:30', closes_at = '17:00', open_on_saturday = false where id = ?")
                .param(office.id())
                .update();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        // Wednesday 18:00 local, then Saturday 09:00 local, then Wednesday 08:00 local
        TestClock.pin(Instant.parse("2026-03-04T11:00:00Z"));
        assertThatThrownBy(() -> kiosk.queue().issueTicket(office.id(), office.area(0), null))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("OFFICE_CLOSED"));
        TestClock.pin(Instant.parse("2026-03-07T02:00:00Z"));
        assertThatThrownBy(() -> kiosk.queue().issueTicket(office.id(), office.area(0), null))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("OFFICE_CLOSED"));
        TestClock.pin(Instant.parse("2026-03-04T01:00:00Z"));
        assertThat(kiosk.queue()
                        .issueTicket(office.id(), office.area(0), null)
                        .ticket()
                        .code())
                .isEqualTo("A001");
    }
}
