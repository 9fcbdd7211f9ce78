package vn.motcua.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.DossierRefusalRequest;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.DossierStatusChange;
import vn.motcua.client.api.DossierSupplementRequest;
import vn.motcua.client.api.DossierView;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestClock;

@IntegrationTest
class SupplementRequestTest {

    private static final DossierSupplementRequest REQUEST = new DossierSupplementRequest(
            List.of("Bản sao Giấy chứng sinh có chứng thực", "Tờ khai có chữ ký của cha"),
            "Giấy chứng sinh nộp là bản photo không chứng thực",
            LocalDate.of(2026, 6, 8));

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
    void a_supplement_request_moves_the_dossier_and_prints_mau_02_with_the_papers_reason_and_deadline()
            throws Exception {
        DossierView requested = office.clerk.dossiers().requestSupplement(office.id(), code, REQUEST);

        assertThat(requested.status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        assertThat(requested.history().getLast().note()).isEqualTo("Giấy chứng sinh nộp là bản photo không chứng thực");
        String text = DossierTestKit.pdfText(office.clerk.files().supplementRequestPdf(office.id(), code));
        assertThat(text)
                .contains(
                        "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
                        "Mã hồ sơ: " + code,
                        "Nguyễn Thị Hoa",
                        "Bản sao Giấy chứng sinh có chứng thực",
                        "Tờ khai có chữ ký của cha",
                        "Lý do: Giấy chứng sinh nộp là bản photo không chứng thực",
                        "trước ngày 08/06/2026",
                        "NGƯỜI HƯỚNG DẪN");
    }

    @Test
    void the_slip_printed_is_the_latest_request_after_work_resumed_and_stopped_again() throws Exception {
        office.clerk.dossiers().requestSupplement(office.id(), code, REQUEST);
        office.clerk
                .dossiers()
                .changeDossierStatus(office.id(), code, new DossierStatusChange(DossierStatus.PROCESSING, null));

        office.clerk
                .dossiers()
                .requestSupplement(
                        office.id(),
                        code,
                        new DossierSupplementRequest(List.of("Sổ hộ khẩu"), "Thiếu giấy tờ cư trú", null));

        String text = DossierTestKit.pdfText(office.clerk.files().supplementRequestPdf(office.id(), code));
        assertThat(text)
                .contains("Sổ hộ khẩu", "Thiếu giấy tờ cư trú")
                .doesNotContain("Tờ khai có chữ ký của cha")
                .doesNotContain("Thời hạn bổ sung");
    }

    @Test
    void a_refusal_after_a_supplement_request_is_refused_as_a_transition_not_allowed() {
        office.clerk.dossiers().requestSupplement(office.id(), code, REQUEST);

        assertThatThrownBy(() ->
                        office.clerk.dossiers().refuseDossier(office.id(), code, new DossierRefusalRequest("Không")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("DOSSIER_TRANSITION_NOT_ALLOWED");
                });
        assertThat(office.clerk.dossiers().dossier(office.id(), code).status())
                .isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
    }

    @Test
    void a_resolved_dossier_cannot_be_asked_for_papers_and_nothing_is_recorded() {
        office.clerk
                .dossiers()
                .changeDossierStatus(office.id(), code, new DossierStatusChange(DossierStatus.RESOLVED, null));

        assertThatThrownBy(() -> office.clerk.dossiers().requestSupplement(office.id(), code, REQUEST))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() -> office.clerk.files().supplementRequestPdf(office.id(), code))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void a_request_without_papers_or_with_a_past_deadline_is_a_bad_request() {
        assertThatThrownBy(() -> office.clerk
                        .dossiers()
                        .requestSupplement(office.id(), code, new DossierSupplementRequest(List.of(), "x", null)))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(f -> f.get("field"))
                                .containsExactly("items"));
        assertThatThrownBy(() -> office.clerk
                        .dossiers()
                        .requestSupplement(
                                office.id(),
                                code,
                                new DossierSupplementRequest(List.of("Sổ hộ khẩu"), "x", LocalDate.of(2026, 5, 29))))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(f -> f.get("field"))
                                .containsExactly("deadline"));
    }

    @Test
    void a_kiosk_and_a_clerk_of_another_office_are_refused() {
        var kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        var stranger = fixtures.staff(fixtures.office().id(), Role.CLERK);

        assertThatThrownBy(() -> kiosk.dossiers().requestSupplement(office.id(), code, REQUEST))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> stranger.dossiers().requestSupplement(office.id(), code, REQUEST))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> stranger.files().supplementRequestPdf(office.id(), code))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
    }
}
