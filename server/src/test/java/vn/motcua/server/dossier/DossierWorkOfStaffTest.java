package vn.motcua.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.DossierHandoverRequest;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.DossierStatusChange;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.StaffDossierWork;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestClock;

/**
 * Two clerks of an office in Asia/Ho_Chi_Minh (UTC+7) over Tuesday 2 and Wednesday 3 June 2026, local days. Lan
 * receives D1 on Monday 23:50 local (outside) and D2 on Tuesday 00:10 local (inside, though still Monday in UTC);
 * Minh receives D3 on Wednesday 23:50 local (inside) and D4 on Thursday 00:10 local (outside). Lan hands D1 over
 * twice on Tuesday (one dossier handled), Minh hands D2 over on Wednesday, and Lan hands D3 over on Thursday
 * (outside). Lan resolves D1, Minh returns it on Wednesday; Minh resolves D2 and Lan returns it on Thursday
 * (outside). Expected: Lan received 1, handled 1, returned 0; Minh received 1, handled 1, returned 1.
 */
@IntegrationTest
class DossierWorkOfStaffTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void releaseTheClock() {
        TestClock.release();
    }

    @Test
    void a_head_sees_each_clerks_dossiers_received_handled_and_returned_in_office_local_days() {
        DossierTestKit office = new DossierTestKit(fixtures, jdbc);
        MotcuaClient lan = office.clerk;
        MotcuaClient minh = fixtures.staff(office.id(), Role.CLERK);
        ProcedureView procedure = office.procedure(5);

        String d1 = register(lan, office, procedure, "2026-06-01T16:50:00Z");
        String d2 = register(lan, office, procedure, "2026-06-01T17:10:00Z");
        String d3 = register(minh, office, procedure, "2026-06-03T16:50:00Z");
        String d4 = register(minh, office, procedure, "2026-06-04T17:10:00Z");
        long lanId = receiverOf(d1);
        long minhId = receiverOf(d4);

        handOver(lan, office, d1, "2026-06-02T01:00:00Z");
        handOver(lan, office, d1, "2026-06-02T02:00:00Z");
        handOver(minh, office, d2, "2026-06-03T03:00:00Z");
        handOver(lan, office, d3, "2026-06-04T17:20:00Z");

        status(lan, office, d1, DossierStatus.RESOLVED, "2026-06-03T02:00:00Z");
        status(minh, office, d1, DossierStatus.RETURNED, "2026-06-03T16:55:00Z");
        status(minh, office, d2, DossierStatus.RESOLVED, "2026-06-03T16:56:00Z");
        status(lan, office, d2, DossierStatus.RETURNED, "2026-06-04T17:15:00Z");
        TestClock.pin(Instant.parse("2026-06-05T03:00:00Z"));

        LocalDate tuesday = LocalDate.of(2026, 6, 2);
        LocalDate wednesday = LocalDate.of(2026, 6, 3);

        assertThat(office.head().reports().dossierWork(office.id(), tuesday, wednesday, null))
                .extracting(
                        StaffDossierWork::staffId,
                        StaffDossierWork::received,
                        StaffDossierWork::handled,
                        StaffDossierWork::returned)
                .containsExactly(tuple(minhId, 1L, 1L, 1L), tuple(lanId, 1L, 1L, 0L));
        assertThat(office.head().reports().dossierWork(office.id(), tuesday, wednesday, office.office.area(1)))
                .as("the dossiers' procedure is of another area")
                .isEmpty();
    }

    @Test
    void only_heads_and_admins_see_it_and_a_backwards_period_is_refused() {
        DossierTestKit office = new DossierTestKit(fixtures, jdbc);
        LocalDate today = LocalDate.of(2026, 6, 2);

        assertThatThrownBy(() -> fixtures.client().reports().dossierWork(office.id(), today, today, null))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
        assertThatThrownBy(() -> office.clerk.reports().dossierWork(office.id(), today, today, null))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(office.admin.reports().dossierWork(office.id(), today, today, null))
                .isEmpty();
        assertThatThrownBy(() -> office.head().reports().dossierWork(office.id(), today, today.minusDays(1), null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.fieldErrors()).extracting(m -> m.get("field")).containsExactly("to");
                });
    }

    private long receiverOf(String code) {
        return jdbc.sql("select substring(received_by from 7)::bigint from dossier where code = ?")
                .param(code)
                .query(Long.class)
                .single();
    }

    private static String register(MotcuaClient clerk, DossierTestKit office, ProcedureView procedure, String at) {
        TestClock.pin(Instant.parse(at));
        return clerk.dossiers()
                .registerDossier(office.id(), DossierTestKit.dossier(procedure))
                .code();
    }

    private static void handOver(MotcuaClient clerk, DossierTestKit office, String code, String at) {
        TestClock.pin(Instant.parse(at));
        clerk.dossiers()
                .recordHandover(
                        office.id(),
                        code,
                        new DossierHandoverRequest(null, null, "Phòng Tư pháp", "Lê Văn Hùng", null, null));
    }

    private static void status(MotcuaClient clerk, DossierTestKit office, String code, DossierStatus to, String at) {
        TestClock.pin(Instant.parse(at));
        clerk.dossiers().changeDossierStatus(office.id(), code, new DossierStatusChange(to, ""));
    }
}
