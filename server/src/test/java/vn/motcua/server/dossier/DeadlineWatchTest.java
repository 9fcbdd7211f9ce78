package vn.motcua.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.DossierApologyRequest;
import vn.motcua.client.api.DossierDue;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestClock;

@IntegrationTest
class DeadlineWatchTest {

    /** Wednesday 4 March 2026, 09:00 in Hanoi: an ordinary working morning. */
    static final Instant WEDNESDAY_MORNING = Instant.parse("2026-03-04T02:00:00Z");

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void releaseClock() {
        TestClock.release();
    }

    @Test
    void the_morning_list_holds_dossiers_due_by_tomorrow_evening_until_they_get_an_apology() {
        TestClock.pin(WEDNESDAY_MORNING);
        DossierTestKit office = new DossierTestKit(fixtures, jdbc);
        String soon = office.clerk
                .dossiers()
                .registerDossier(office.id(), DossierTestKit.dossier(office.procedure(1)))
                .code();
        office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(office.procedure(5)));

        assertThat(office.clerk.dossiers().dossiersDueSoon(office.id()))
                .extracting(DossierDue::code)
                .containsExactly(soon);

        office.clerk
                .dossiers()
                .apologize(
                        office.id(),
                        soon,
                        new DossierApologyRequest("Chờ ý kiến cơ quan phối hợp", LocalDate.of(2026, 3, 9)));
        assertThat(office.clerk.dossiers().dossiersDueSoon(office.id())).isEmpty();
    }

    @Test
    void a_head_sees_what_share_of_late_dossiers_got_an_apology() {
        TestClock.pin(WEDNESDAY_MORNING);
        DossierTestKit office = new DossierTestKit(fixtures, jdbc);
        String apologized = office.clerk
                .dossiers()
                .registerDossier(office.id(), DossierTestKit.dossier(office.procedure(1)))
                .code();
        office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(office.procedure(1)));
        office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(office.procedure(20)));
        office.clerk
                .dossiers()
                .apologize(
                        office.id(),
                        apologized,
                        new DossierApologyRequest("Chờ ý kiến cơ quan phối hợp", LocalDate.of(2026, 3, 9)));
        TestClock.advance(Duration.ofDays(5));
        var head = fixtures.staff(office.id(), Role.HEAD);
        var clerk = fixtures.staff(office.id(), Role.CLERK);
        var share = head.dossiers().apologyShare(office.id(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

        assertThat(share.received()).isEqualTo(3);
        assertThat(share.late()).isEqualTo(2);
        assertThat(share.lateWithApology()).isEqualTo(1);
        assertThat(share.share()).isEqualTo(0.5);
        assertThatThrownBy(() ->
                        clerk.dossiers().apologyShare(office.id(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
    }
}
