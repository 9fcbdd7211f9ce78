package vn.motcua.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.api.DossierApologyRequest;
import vn.motcua.client.api.DossierApplicant;
import vn.motcua.client.api.DossierDelivery;
import vn.motcua.client.api.DossierDocument;
import vn.motcua.client.api.DossierDocumentForm;
import vn.motcua.client.api.DossierRefusalRequest;
import vn.motcua.client.api.DossierRequest;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.DossierStatusChange;
import vn.motcua.client.api.DossierSupplementRequest;
import vn.motcua.client.api.FormRegime;
import vn.motcua.client.api.OfficeForms;
import vn.motcua.client.api.OfficeSettings;
import vn.motcua.client.api.ProcedureRequest;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestClock;

/**
 * Mẫu 01 to 04 and the stop notice of the provincial centre (TT 03/2025 forms), with the longest real names its forms meet, read back from the PDFs:
 * every label and value is printed whole (the text is read with white space made single spaces, so a value
 * wrapped over two lines still reads as one), and each one's QR code read back to the dossier's lookup page.
 */
@IntegrationTest
class FormsPrintWholeTest {

    static final String OFFICE = "Trung tâm Phục vụ hành chính công tỉnh Phú Thọ";
    static final String AGENCY = "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH PHÚ THỌ";
    static final String PROCEDURE = "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong"
            + " các trường hợp chuyển đổi, chuyển nhượng, cho thuê, cho thuê lại, thừa kế, tặng cho, góp vốn bằng"
            + " quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất";
    static final String PHONE = "(+84) 0210 3.846.999";
    static final String STOP_REASON =
            "Người nộp hồ sơ có đơn đề nghị dừng giải quyết do Tòa án nhân dân tỉnh Phú Thọ đã"
                    + " thụ lý vụ án tranh chấp quyền sử dụng đất đối với thửa đất số 125, tờ bản đồ số 17, phường Vĩnh Phúc.";
    static final DossierApplicant APPLICANT = new DossierApplicant(
            "Công ty Cổ phần Đầu tư Xây dựng và Phát triển Hạ tầng Kỹ thuật Đô thị Vĩnh Phúc - Phú Thọ",
            "2600123456",
            "Lô CN-12, Khu công nghiệp Khai Quang, phường Vĩnh Phúc, thành phố Vĩnh Yên cũ, tỉnh Phú Thọ",
            "0211 3862 555",
            "phongphaply.congtycophandautuxaydungvinhphuc@example.vn");

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LookupTokens tokens;

    DossierTestKit office;
    ProcedureView procedure;

    @BeforeEach
    void the_provincial_centre() {
        office = new DossierTestKit(fixtures, jdbc);
        office.admin
                .offices()
                .updateOffice(
                        office.id(),
                        new OfficeSettings(
                                OFFICE, office.agencyCode, LocalTime.of(7, 30), LocalTime.of(17, 0), false, false, 3));
        office.admin
                .offices()
                .updateOfficeForms(
                        office.id(),
                        new OfficeForms(
                                "Phú Thọ",
                                AGENCY,
                                "Nguyễn Thị Thanh Hương",
                                "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
                                PHONE,
                                FormRegime.TT03_2025));
        procedure = office.admin
                .offices()
                .createProcedure(
                        office.id(),
                        new ProcedureRequest(
                                "P" + UUID.randomUUID().toString().substring(0, 8),
                                PROCEDURE,
                                office.office.area(0),
                                3,
                                List.of("Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 11/ĐK)"),
                                "Theo quy định",
                                true));
        TestClock.pin(Instant.parse("2026-06-01T02:00:00Z"));
    }

    @AfterEach
    void releaseClock() {
        TestClock.release();
    }

    @Test
    void the_receipt_Mẫu_01_prints_the_locality_date_line_and_every_long_name_whole() throws Exception {
        String code = register();

        String text = DossierTestKit.pdfText(office.clerk.files().dossierReceiptPdf(office.id(), code));

        assertThat(text)
                .contains(
                        AGENCY,
                        "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc",
                        "Phú Thọ, ngày 01 tháng 06 năm 2026",
                        "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                        "Mã hồ sơ: " + code,
                        "Bộ phận tiếp nhận và trả kết quả: " + OFFICE,
                        "Tiếp nhận hồ sơ của: " + APPLICANT.name(),
                        "Địa chỉ: " + APPLICANT.address(),
                        "Email: " + APPLICANT.email(),
                        "Nội dung yêu cầu giải quyết: " + PROCEDURE,
                        "5. Thời gian trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 04 tháng 06 năm 2026",
                        "6. Đăng ký nhận kết quả tại: Bộ phận tiếp nhận và trả kết quả, " + OFFICE);
        assertThat(text).doesNotContain(OFFICE + ", ngày");
        assertThat(qr(office.clerk.files().dossierReceiptPdf(office.id(), code)))
                .endsWith("/d/" + code + "?k=" + token(code));
    }

    @Test
    void the_supplement_request_Mẫu_02_prints_whole() throws Exception {
        String code = register();
        office.clerk
                .dossiers()
                .requestSupplement(
                        office.id(),
                        code,
                        new DossierSupplementRequest(
                                List.of(
                                        "Hợp đồng chuyển nhượng quyền sử dụng đất đã được công chứng, chứng thực theo quy định"),
                                "Hồ sơ còn thiếu giấy tờ theo quy định",
                                LocalDate.of(2026, 6, 15)));

        byte[] pdf = office.clerk.files().supplementRequestPdf(office.id(), code);
        String text = DossierTestKit.pdfText(pdf);

        assertThat(text)
                .contains(
                        AGENCY,
                        "Số: …………",
                        "Phú Thọ, ngày 01 tháng 06 năm 2026",
                        "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
                        "Mã hồ sơ: " + code,
                        "tiếp nhận hồ sơ của Ông/Bà: " + APPLICANT.name(),
                        PROCEDURE,
                        "Hợp đồng chuyển nhượng quyền sử dụng đất đã được công chứng, chứng thực theo quy định",
                        "Email: " + APPLICANT.email(),
                        "trước ngày 15/06/2026",
                        "Ông/Bà liên hệ với công chức",
                        ", số điện thoại " + PHONE + " để được hướng dẫn./.");
        assertThat(qr(pdf)).endsWith("/d/" + code + "?k=" + token(code));
    }

    @Test
    void the_refusal_Mẫu_03_prints_whole() throws Exception {
        String code = register();
        office.clerk
                .dossiers()
                .refuseDossier(
                        office.id(),
                        code,
                        new DossierRefusalRequest(
                                "Thửa đất đang có tranh chấp, đã được Tòa án nhân dân tỉnh Phú Thọ thụ lý giải quyết."));

        byte[] pdf = office.clerk.files().refusalPdf(office.id(), code);
        String text = DossierTestKit.pdfText(pdf);

        assertThat(text)
                .contains(
                        AGENCY,
                        "Phú Thọ, ngày 01 tháng 06 năm 2026",
                        "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
                        "Mã hồ sơ: " + code,
                        APPLICANT.name(),
                        APPLICANT.address(),
                        "Email: " + APPLICANT.email(),
                        PROCEDURE,
                        "Thửa đất đang có tranh chấp, đã được Tòa án nhân dân tỉnh Phú Thọ thụ lý giải quyết.");
        assertThat(qr(pdf)).endsWith("/d/" + code + "?k=" + token(code));
    }

    @Test
    void the_apology_Mẫu_04_prints_whole_and_is_signed_by_the_named_official() throws Exception {
        String code = register();
        TestClock.pin(Instant.parse("2026-06-02T02:00:00Z"));
        office.clerk
                .dossiers()
                .apologize(
                        office.id(),
                        code,
                        new DossierApologyRequest(
                                "Chưa nhận được kết quả xác minh nguồn gốc thửa đất từ Văn phòng đăng ký đất đai tỉnh Phú Thọ.",
                                LocalDate.of(2026, 6, 10)));

        byte[] pdf = office.clerk.files().dossierApologyPdf(office.id(), code);
        String text = DossierTestKit.pdfText(pdf);

        assertThat(text)
                .contains(
                        AGENCY,
                        "Phú Thọ, ngày 02 tháng 06 năm 2026",
                        "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
                        "Kính gửi: Ông/Bà " + APPLICANT.name(),
                        "Địa chỉ: " + APPLICANT.address(),
                        "- Mã hồ sơ: " + code,
                        "- Nội dung yêu cầu giải quyết: " + PROCEDURE,
                        "- Thời gian giải quyết đề nghị gia hạn đến: 17 giờ 00 phút, ngày 10 tháng 06 năm 2026",
                        "- Địa điểm trả kết quả: Bộ phận tiếp nhận và trả kết quả, " + OFFICE,
                        "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC",
                        "Nguyễn Thị Thanh Hương");
        assertThat(qr(pdf)).endsWith("/d/" + code + "?k=" + token(code));
    }

    @Test
    void the_stop_notice_prints_whole_with_the_reason_and_the_lookup_qr_code() throws Exception {
        String code = register();
        office.clerk
                .dossiers()
                .changeDossierStatus(office.id(), code, new DossierStatusChange(DossierStatus.PROCESSING, ""));
        TestClock.pin(Instant.parse("2026-06-03T02:00:00Z"));
        office.clerk
                .dossiers()
                .changeDossierStatus(office.id(), code, new DossierStatusChange(DossierStatus.STOPPED, STOP_REASON));

        byte[] pdf = office.clerk.files().stopNoticePdf(office.id(), code);
        String text = DossierTestKit.pdfText(pdf);

        assertThat(text)
                .contains(
                        AGENCY,
                        "Phú Thọ, ngày 03 tháng 06 năm 2026",
                        "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ",
                        "Kính gửi: Ông/Bà " + APPLICANT.name(),
                        "Địa chỉ: " + APPLICANT.address(),
                        "Email: " + APPLICANT.email(),
                        AGENCY + " đã tiếp nhận hồ sơ của Ông/Bà",
                        "- Mã hồ sơ: " + code,
                        "- Nội dung yêu cầu giải quyết: " + PROCEDURE,
                        "- Thời gian nhận hồ sơ: 09 giờ 00 phút, ngày 01 tháng 06 năm 2026",
                        "Nay thông báo dừng giải quyết hồ sơ nêu trên với lý do cụ thể như sau:",
                        STOP_REASON,
                        "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC",
                        "Nguyễn Thị Thanh Hương");
        assertThat(qr(pdf)).endsWith("/d/" + code + "?k=" + token(code));
    }

    private String qr(byte[] pdf) throws Exception {
        return DossierTestKit.qrOnFirstPage(pdf);
    }

    private String token(String code) {
        return tokens.token(code);
    }

    private String register() {
        return office.clerk
                .dossiers()
                .registerDossier(
                        office.id(),
                        new DossierRequest(
                                procedure.id(),
                                APPLICANT,
                                List.of(new DossierDocument(
                                        "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 11/ĐK)",
                                        DossierDocumentForm.ORIGINAL,
                                        1)),
                                DossierDelivery.COUNTER,
                                null))
                .code();
    }
}
