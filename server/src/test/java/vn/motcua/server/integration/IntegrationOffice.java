package vn.motcua.server.integration;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.DossierApplicant;
import vn.motcua.client.api.DossierDelivery;
import vn.motcua.client.api.DossierDocument;
import vn.motcua.client.api.DossierDocumentForm;
import vn.motcua.client.api.DossierRequest;
import vn.motcua.client.api.ProcedureRequest;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;

/** An office of the test's own with the provincial system's admin account, a clerk and one procedure. */
final class IntegrationOffice {

    final long id;
    final MotcuaClient admin;
    final MotcuaClient clerk;
    final long procedureId;

    IntegrationOffice(Fixtures fixtures, JdbcClient jdbc) {
        id = fixtures.office().id();
        // the day's dossier sequence is per agency: a code of its own keeps other tests' numbers apart
        jdbc.sql("update office set agency_code = ? where id = ?")
                .params(
                        "000.00.00."
                                + UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
                        id)
                .update();
        admin = fixtures.staff(id, Role.ADMIN);
        clerk = fixtures.staff(id, Role.CLERK);
        procedureId = admin.offices()
                .createProcedure(
                        id,
                        new ProcedureRequest(
                                "P" + UUID.randomUUID().toString().substring(0, 8),
                                "Đăng ký khai sinh",
                                null,
                                5,
                                List.of("Tờ khai đăng ký khai sinh"),
                                "Miễn phí",
                                true))
                .id();
    }

    DossierRequest dossier(String applicantName) {
        return new DossierRequest(
                procedureId,
                new DossierApplicant(applicantName, "001190012345", "Số 12 đường Hùng Vương", "0912345678", null),
                List.of(new DossierDocument("Tờ khai đăng ký khai sinh", DossierDocumentForm.ORIGINAL, 1)),
                DossierDelivery.COUNTER,
                null);
    }
}
