package vn.motcua.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.DossierStatusChange;
import vn.motcua.client.api.DossierView;
import vn.motcua.client.api.OfficeForms;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;

/** Stopping a dossier (national status 8, "Dừng xử lý") writes the stop notice the applicant is given. */
@IntegrationTest
class StopNoticeTest {

    static final String REASON = "Người nộp hồ sơ đề nghị dừng giải quyết để bổ sung giấy tờ về quyền thừa kế";

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    DossierTestKit office;
    String code;

    @BeforeEach
    void aDossierInProgress() {
        office = new DossierTestKit(fixtures, jdbc);
        code = office.clerk
                .dossiers()
                .registerDossier(office.id(), DossierTestKit.dossier(office.procedure(5)))
                .code();
        office.clerk
                .dossiers()
                .changeDossierStatus(office.id(), code, new DossierStatusChange(DossierStatus.PROCESSING, ""));
    }

    @Test
    void a_dossier_is_stopped_only_with_a_reason_and_keeps_its_status_without_one() {
        for (String note : new String[] {null, "  ", "x".repeat(2001)}) {
            assertThatThrownBy(() -> stop(note)).isInstanceOfSatisfying(ApiException.class, e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.fieldErrors()).extracting(m -> m.get("field")).containsExactly("note");
            });
        }
        assertThat(office.clerk.dossiers().dossier(office.id(), code).status()).isEqualTo(DossierStatus.PROCESSING);

        DossierView stopped = stop(REASON);

        assertThat(stopped.status()).isEqualTo(DossierStatus.STOPPED);
        assertThat(stopped.nationalStatusCode()).isEqualTo(8);
        assertThat(stopped.history().getLast().note()).isEqualTo(REASON);
    }

    @Test
    void the_stop_notice_is_signed_by_the_named_official_or_else_under_the_head_of_the_agency() throws Exception {
        stop(REASON);
        assertThat(DossierTestKit.pdfText(office.clerk.files().stopNoticePdf(office.id(), code)))
                .contains(REASON, DossierTestKit.SIGNER_TITLE, DossierTestKit.SIGNER_NAME);

        office.admin.offices().updateOfficeForms(office.id(), new OfficeForms("", "", "", ""));

        String unnamed = DossierTestKit.pdfText(office.clerk.files().stopNoticePdf(office.id(), code));
        assertThat(unnamed)
                .contains(
                        "THỦ TRƯỞNG CƠ QUAN",
                        office.clerk
                                .dossiers()
                                .dossier(office.id(), code)
                                .history()
                                .getLast()
                                .byName())
                .doesNotContain(DossierTestKit.SIGNER_NAME);
    }

    @Test
    void there_is_no_stop_notice_before_a_stop_and_only_the_offices_clerks_and_heads_may_print_it() {
        refused(404, () -> office.clerk.files().stopNoticePdf(office.id(), code));
        stop(REASON);

        MotcuaClient otherClerk = fixtures.staff(fixtures.office().id(), Role.CLERK);
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        refused(403, () -> otherClerk.files().stopNoticePdf(office.id(), code));
        refused(403, () -> kiosk.files().stopNoticePdf(office.id(), code));
        refused(403, () -> office.admin.files().stopNoticePdf(office.id(), code));
        assertThat(office.head().files().stopNoticePdf(office.id(), code)).isNotEmpty();
    }

    private DossierView stop(String reason) {
        return office.clerk
                .dossiers()
                .changeDossierStatus(office.id(), code, new DossierStatusChange(DossierStatus.STOPPED, reason));
    }

    private static void refused(int status, Runnable call) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(status));
    }
}
