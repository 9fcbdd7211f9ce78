package vn.motcua.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.DossierApologyRequest;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.DossierStatusChange;
import vn.motcua.client.api.ProcedureRequest;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;

@IntegrationTest
class DossierAuthorizationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    DossierTestKit office;
    ProcedureView procedure;
    String code;
    MotcuaClient kiosk;
    MotcuaClient otherClerk;
    MotcuaClient otherAdmin;

    @BeforeEach
    void setUp() {
        office = new DossierTestKit(fixtures, jdbc);
        procedure = office.procedure(3);
        code = office.clerk
                .dossiers()
                .registerDossier(office.id(), DossierTestKit.dossier(procedure))
                .code();
        kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        long other = fixtures.office().id();
        otherClerk = fixtures.staff(other, Role.CLERK);
        otherAdmin = fixtures.staff(other, Role.ADMIN);
    }

    @Test
    void a_kiosk_may_browse_procedures_but_not_register_a_dossier() {
        assertThat(kiosk.offices().procedures(office.id(), "khai sinh"))
                .extracting(ProcedureView::id)
                .contains(procedure.id());

        forbidden(() -> kiosk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(procedure)));
    }

    @Test
    void a_clerk_of_another_office_is_refused_at_every_dossier_endpoint() {
        long o = office.id();
        forbidden(() -> otherClerk.dossiers().registerDossier(o, DossierTestKit.dossier(procedure)));
        forbidden(() -> otherClerk.dossiers().dossier(o, code));
        forbidden(() -> otherClerk
                .dossiers()
                .changeDossierStatus(o, code, new DossierStatusChange(DossierStatus.PROCESSING, "")));
        forbidden(() -> otherClerk.files().dossierReceiptPdf(o, code));
        forbidden(() -> otherClerk
                .dossiers()
                .apologize(
                        o,
                        code,
                        new DossierApologyRequest("Chậm", LocalDate.now().plusYears(1))));
        forbidden(() -> otherClerk.files().dossierApologyPdf(o, code));
        forbidden(() -> otherClerk.offices().procedures(o, null));
    }

    @Test
    void only_the_offices_admin_may_change_the_catalogue() {
        long o = office.id();
        ProcedureRequest request = new ProcedureRequest("NEW-1", "Chứng thực bản sao", null, 0, List.of(), "", true);
        forbidden(() -> office.clerk.offices().createProcedure(o, request));
        forbidden(() -> office.clerk.offices().updateProcedure(o, procedure.id(), request));
        forbidden(() -> office.clerk.offices().importProcedures(o, "code,name,processing_days\nNEW-1,Chứng thực,0\n"));
        forbidden(() -> otherAdmin.offices().createProcedure(o, request));
        forbidden(() -> kiosk.offices().createProcedure(o, request));
    }

    private static void forbidden(Runnable call) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
    }
}
