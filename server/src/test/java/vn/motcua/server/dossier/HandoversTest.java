package vn.motcua.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.DossierDelivery;
import vn.motcua.client.api.DossierDocument;
import vn.motcua.client.api.DossierDocumentForm;
import vn.motcua.client.api.DossierHandover;
import vn.motcua.client.api.DossierHandoverRequest;
import vn.motcua.client.api.DossierRequest;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.DossierStatusChange;
import vn.motcua.client.api.DossierView;
import vn.motcua.client.api.OfficeForms;
import vn.motcua.client.api.OfficeSettings;
import vn.motcua.client.api.ProcedureRequest;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestClock;

/**
 * A land dossier of the provincial centre (longest real names) received Monday 1 June 2026 09:00, due Thursday the
 * 4th at 17:00, handed to the land registration branch and its officer, and back to the desk.
 */
@IntegrationTest
class HandoversTest {

    static final String BRANCH = "Chi nhánh Văn phòng Đăng ký đất đai khu vực Vĩnh Yên - Tam Dương - Tam Đảo thuộc Văn"
            + " phòng Đăng ký đất đai tỉnh Phú Thọ";
    static final String OFFICER = "Nguyễn Hoàng Thị Thanh Phương";
    static final String SURVEY = "Phòng Đo đạc, Bản đồ và Viễn thám thuộc Sở Nông nghiệp và Môi trường tỉnh Phú Thọ";

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    DossierTestKit office;
    DossierView dossier;
    String receiver;

    @BeforeEach
    void aLandDossierOfTheProvincialCentre() {
        office = new DossierTestKit(fixtures, jdbc);
        office.admin
                .offices()
                .updateOffice(
                        office.id(),
                        new OfficeSettings(
                                FormsPrintWholeTest.OFFICE,
                                office.agencyCode,
                                LocalTime.of(7, 30),
                                LocalTime.of(17, 0),
                                false,
                                false,
                                3));
        office.admin
                .offices()
                .updateOfficeForms(
                        office.id(),
                        new OfficeForms(
                                "Phú Thọ",
                                FormsPrintWholeTest.AGENCY,
                                "Nguyễn Thị Thanh Hương",
                                "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"));
        ProcedureView procedure = office.admin
                .offices()
                .createProcedure(
                        office.id(),
                        new ProcedureRequest(
                                "P" + UUID.randomUUID().toString().substring(0, 8),
                                FormsPrintWholeTest.PROCEDURE,
                                office.office.area(0),
                                3,
                                List.of("Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 11/ĐK)"),
                                "Theo quy định",
                                true));
        TestClock.pin(Instant.parse("2026-06-01T02:00:00Z"));
        dossier = office.clerk
                .dossiers()
                .registerDossier(
                        office.id(),
                        new DossierRequest(
                                procedure.id(),
                                FormsPrintWholeTest.APPLICANT,
                                List.of(new DossierDocument(
                                        "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 11/ĐK)",
                                        DossierDocumentForm.ORIGINAL,
                                        1)),
                                DossierDelivery.COUNTER,
                                null));
        receiver = dossier.history().getFirst().byName();
    }

    @AfterEach
    void releaseClock() {
        TestClock.release();
    }

    @Test
    void the_desk_hands_the_dossier_to_a_department_officer_and_gets_it_back_each_step_naming_giver_and_receiver() {
        TestClock.pin(Instant.parse("2026-06-01T03:30:00Z"));
        office.clerk
                .dossiers()
                .recordHandover(
                        office.id(),
                        dossier.code(),
                        new DossierHandoverRequest(null, null, BRANCH, OFFICER, null, null));
        TestClock.pin(Instant.parse("2026-06-03T09:00:00Z"));
        List<DossierHandover> all = office.head()
                .dossiers()
                .recordHandover(
                        office.id(),
                        dossier.code(),
                        new DossierHandoverRequest(
                                null,
                                null,
                                FormsPrintWholeTest.OFFICE,
                                receiver,
                                Instant.parse("2026-06-03T08:00:00Z"),
                                "Đã ký giấy chứng nhận"));

        assertThat(all)
                .containsExactly(
                        new DossierHandover(
                                Instant.parse("2026-06-01T03:30:00Z"),
                                FormsPrintWholeTest.OFFICE,
                                receiver,
                                BRANCH,
                                OFFICER,
                                "",
                                receiver),
                        new DossierHandover(
                                Instant.parse("2026-06-03T08:00:00Z"),
                                BRANCH,
                                OFFICER,
                                FormsPrintWholeTest.OFFICE,
                                receiver,
                                "Đã ký giấy chứng nhận",
                                all.get(1).recordedBy()));
        assertThat(office.clerk.dossiers().handovers(office.id(), dossier.code()))
                .isEqualTo(all);
    }

    @Test
    void the_control_slip_prints_every_hand_over_whole_with_the_longest_names() throws Exception {
        TestClock.pin(Instant.parse("2026-06-01T03:30:00Z"));
        office.clerk
                .dossiers()
                .recordHandover(
                        office.id(), dossier.code(), new DossierHandoverRequest(null, null, BRANCH, OFFICER, null, ""));
        TestClock.pin(Instant.parse("2026-06-02T04:15:00Z"));
        office.clerk
                .dossiers()
                .recordHandover(
                        office.id(),
                        dossier.code(),
                        new DossierHandoverRequest(
                                null, null, SURVEY, "Lê Văn Hùng", null, "Đo đạc, trích lục thửa đất"));
        // Friday 5/6 08:00, the day after the due day: late
        TestClock.pin(Instant.parse("2026-06-05T01:00:00Z"));
        office.clerk
                .dossiers()
                .recordHandover(
                        office.id(),
                        dossier.code(),
                        new DossierHandoverRequest(
                                null,
                                null,
                                FormsPrintWholeTest.OFFICE,
                                receiver,
                                null,
                                "Trả kết quả chậm do phải đo đạc lại"));

        String text = DossierTestKit.pdfText(office.clerk.files().controlSlipPdf(office.id(), dossier.code()));

        assertThat(text)
                .contains(
                        FormsPrintWholeTest.AGENCY,
                        "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ",
                        "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
                        "Mã hồ sơ: " + dossier.code(),
                        "Tiếp nhận hồ sơ của: " + FormsPrintWholeTest.APPLICANT.name(),
                        "Nội dung yêu cầu giải quyết: " + FormsPrintWholeTest.PROCEDURE,
                        "Cơ quan (bộ phận) giải quyết hồ sơ: " + BRANCH,
                        "Cơ quan phối hợp giải quyết hồ sơ: " + SURVEY,
                        "Thời gian nhận hồ sơ: 09 giờ 00 phút, ngày 01 tháng 06 năm 2026",
                        "Thời gian hẹn trả kết quả: 17 giờ 00 phút, ngày 04 tháng 06 năm 2026",
                        "1. Giao: " + FormsPrintWholeTest.OFFICE,
                        "2. Nhận: " + BRANCH,
                        "10 giờ 30 phút, ngày 01 tháng 06 năm 2026",
                        "Người giao: " + receiver,
                        "Người nhận: " + OFFICER,
                        "1. Giao: " + BRANCH,
                        "2. Nhận: " + SURVEY,
                        "11 giờ 15 phút, ngày 02 tháng 06 năm 2026",
                        "Người giao: " + OFFICER,
                        "Người nhận: Lê Văn Hùng",
                        "Đo đạc, trích lục thửa đất",
                        "1. Giao: " + SURVEY,
                        "08 giờ 00 phút, ngày 05 tháng 06 năm 2026",
                        "Trả kết quả chậm do phải đo đạc lại",
                        "Trước hạn",
                        "Quá hạn");
    }

    @Test
    void a_hand_over_dated_in_the_future_before_the_receipt_or_before_the_latest_one_is_refused() {
        TestClock.pin(Instant.parse("2026-06-02T02:00:00Z"));
        office.clerk
                .dossiers()
                .recordHandover(
                        office.id(),
                        dossier.code(),
                        new DossierHandoverRequest(
                                null, null, BRANCH, OFFICER, Instant.parse("2026-06-01T08:00:00Z"), ""));

        for (Instant at : List.of(
                Instant.parse("2026-06-02T02:01:00Z"),
                Instant.parse("2026-06-01T01:59:00Z"),
                Instant.parse("2026-06-01T07:59:00Z"))) {
            status(
                    400,
                    () -> office.clerk
                            .dossiers()
                            .recordHandover(
                                    office.id(),
                                    dossier.code(),
                                    new DossierHandoverRequest(null, null, SURVEY, "Lê Văn Hùng", at, "")));
        }
        status(
                400,
                () -> office.clerk
                        .dossiers()
                        .recordHandover(
                                office.id(),
                                dossier.code(),
                                new DossierHandoverRequest(null, null, " ", OFFICER, null, "")));
        status(
                400,
                () -> office.clerk
                        .dossiers()
                        .recordHandover(
                                office.id(),
                                dossier.code(),
                                new DossierHandoverRequest(null, null, BRANCH, null, null, "")));
        status(
                404,
                () -> office.clerk
                        .dossiers()
                        .recordHandover(
                                office.id(),
                                "KHONG-CO",
                                new DossierHandoverRequest(null, null, BRANCH, OFFICER, null, "")));
        assertThat(office.clerk.dossiers().handovers(office.id(), dossier.code()))
                .hasSize(1);
    }

    @Test
    void a_returned_dossier_is_no_longer_handed_over() {
        TestClock.pin(Instant.parse("2026-06-02T02:00:00Z"));
        office.clerk
                .dossiers()
                .changeDossierStatus(
                        office.id(), dossier.code(), new DossierStatusChange(DossierStatus.RESOLVED, null));
        // the result still goes back to the desk once resolved
        office.clerk
                .dossiers()
                .recordHandover(
                        office.id(),
                        dossier.code(),
                        new DossierHandoverRequest(BRANCH, OFFICER, FormsPrintWholeTest.OFFICE, receiver, null, ""));
        office.clerk
                .dossiers()
                .changeDossierStatus(
                        office.id(), dossier.code(), new DossierStatusChange(DossierStatus.RETURNED, null));

        assertThatThrownBy(() -> office.clerk
                        .dossiers()
                        .recordHandover(
                                office.id(),
                                dossier.code(),
                                new DossierHandoverRequest(null, null, BRANCH, OFFICER, null, "")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("DOSSIER_CLOSED");
                });
    }

    @Test
    void only_clerks_and_heads_of_the_office_may_record_read_or_print_hand_overs() {
        long o = office.id();
        String code = dossier.code();
        DossierHandoverRequest request = new DossierHandoverRequest(null, null, BRANCH, OFFICER, null, "");
        List<MotcuaClient> refused = List.of(
                office.admin,
                fixtures.device(o, Role.KIOSK, null),
                fixtures.staff(fixtures.office().id(), Role.CLERK),
                fixtures.staff(fixtures.office().id(), Role.HEAD));

        for (MotcuaClient caller : refused) {
            status(403, () -> caller.dossiers().recordHandover(o, code, request));
            status(403, () -> caller.dossiers().handovers(o, code));
            status(403, () -> caller.files().controlSlipPdf(o, code));
        }
        MotcuaClient anonymous = fixtures.client();
        status(401, () -> anonymous.dossiers().recordHandover(o, code, request));
        status(401, () -> anonymous.files().controlSlipPdf(o, code));
        assertThat(office.clerk.dossiers().handovers(o, code)).isEmpty();
    }

    private static void status(int expected, Runnable call) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(expected));
    }
}
