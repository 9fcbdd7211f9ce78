package vn.motcua.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.DossierRefusalRequest;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.DossierStatusChange;
import vn.motcua.client.api.DossierView;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestClock;

@IntegrationTest
class RefusalTest {

    private static final DossierRefusalRequest REFUSAL =
            new DossierRefusalRequest("Thủ tục thuộc thẩm quyền của Sở Tư pháp, không thuộc thẩm quyền của phường.");

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    DossierTestKit office;
    String code;

    @BeforeEach
    void registerADossier() {
        office = new DossierTestKit(fixtures, jdbc);
        TestClock.pin(Instant.parse("2026-06-01T02:00:00Z"));
        code = office.clerk
                .dossiers()
                .registerDossier(office.id(), DossierTestKit.dossier(office.procedure(2)))
                .code();
    }

    @AfterEach
    void releaseClock() {
        TestClock.release();
    }

    @Test
    void a_received_dossier_refused_is_rejected_with_national_code_3_and_prints_mau_03() throws Exception {
        assertThatThrownBy(() -> office.clerk.files().refusalPdf(office.id(), code))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(404));

        DossierView refused = office.clerk.dossiers().refuseDossier(office.id(), code, REFUSAL);

        assertThat(refused.status()).isEqualTo(DossierStatus.REJECTED);
        assertThat(refused.nationalStatusCode()).isEqualTo(3);
        String text = DossierTestKit.pdfText(office.clerk.files().refusalPdf(office.id(), code));
        assertThat(text)
                .contains(
                        "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
                        "Mã hồ sơ: " + code,
                        "Tiếp nhận hồ sơ của: Nguyễn Thị Hoa",
                        "không thuộc thẩm quyền của phường",
                        "NGƯỜI NỘP HỒ SƠ",
                        "NGƯỜI TIẾP NHẬN HỒ SƠ");
    }

    @Test
    void a_refused_dossier_is_closed_to_a_supplement_request_and_to_a_second_refusal() {
        office.clerk.dossiers().refuseDossier(office.id(), code, REFUSAL);

        assertThatThrownBy(() -> office.clerk.dossiers().refuseDossier(office.id(), code, REFUSAL))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() -> office.clerk
                        .dossiers()
                        .changeDossierStatus(
                                office.id(), code, new DossierStatusChange(DossierStatus.PROCESSING, null)))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void a_dossier_already_being_processed_cannot_be_refused_reception() {
        office.clerk
                .dossiers()
                .changeDossierStatus(office.id(), code, new DossierStatusChange(DossierStatus.PROCESSING, null));

        assertThatThrownBy(() -> office.clerk.dossiers().refuseDossier(office.id(), code, REFUSAL))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("DOSSIER_TRANSITION_NOT_ALLOWED");
                });
    }

    @Test
    void a_refusal_without_a_reason_is_a_bad_request_and_changes_nothing() {
        assertThatThrownBy(
                        () -> office.clerk.dossiers().refuseDossier(office.id(), code, new DossierRefusalRequest(" ")))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(f -> f.get("field"))
                                .containsExactly("reason"));
        assertThat(office.clerk.dossiers().dossier(office.id(), code).status()).isEqualTo(DossierStatus.RECEIVED);
    }

    @Test
    void a_kiosk_and_a_clerk_of_another_office_are_refused() {
        var kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        var stranger = fixtures.staff(fixtures.office().id(), Role.CLERK);

        assertThatThrownBy(() -> kiosk.dossiers().refuseDossier(office.id(), code, REFUSAL))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> stranger.files().refusalPdf(office.id(), code))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
    }
}
