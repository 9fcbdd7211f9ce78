package vn.motcua.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.client.api.FormRegime;
import vn.motcua.client.api.PriorityGroup;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PdfReportsTest {

    private static final FormRegime TT01 = FormRegime.TT01_2018;

    private static final PdfReports REPORTS = new PdfReports(new QrCodes());

    @Test
    void the_ticket_slip_prints_the_vietnamese_labels_with_their_diacritics() throws Exception {
        String text = PdfInspection.text(REPORTS.ticketSlip(Samples.ticket(Labels.VIETNAMESE)), 1);

        assertThat(text)
                .contains(
                        "Bộ phận Một cửa phường Vĩnh Phúc",
                        "SỐ THỨ TỰ",
                        "Ticket number",
                        "A023",
                        "Đăng ký đất đai",
                        "Thời gian lấy số: 25/11/2026 08:15",
                        "Số người đang chờ trước Ông/Bà: 7",
                        "Thời gian chờ dự kiến: khoảng 24 phút",
                        "Quét mã để xem vị trí của Ông/Bà")
                .doesNotContain("bạn", "Đối tượng ưu tiên");
    }

    @Test
    void the_ticket_slip_names_the_priority_group_chosen_in_either_language() throws Exception {
        String vietnamese = PdfInspection.text(
                REPORTS.ticketSlip(Samples.priorityTicket(PriorityGroup.ELDERLY, Labels.VIETNAMESE)), 1);
        String english = PdfInspection.text(
                REPORTS.ticketSlip(Samples.priorityTicket(PriorityGroup.PREGNANT, Locale.ENGLISH)), 1);

        assertThat(vietnamese).contains("Đối tượng ưu tiên: Người cao tuổi");
        assertThat(english).contains("Priority: Pregnant woman");
    }

    @Test
    void the_ticket_slip_speaks_english_when_asked_and_keeps_the_vietnamese_heading_as_subtitle() throws Exception {
        String text = PdfInspection.text(REPORTS.ticketSlip(Samples.ticket(Locale.ENGLISH)), 1);

        assertThat(text)
                .contains("TICKET NUMBER", "Số thứ tự", "People waiting before you: 7", "Estimated wait: about 24 min");
    }

    @Test
    void the_ticket_slip_stays_one_80_mm_page_when_the_names_take_two_lines() throws Exception {
        byte[] pdf = REPORTS.ticketSlip(Samples.ticketWithLongNames());

        assertThat(PdfInspection.pages(pdf)).isEqualTo(1);
        assertThat(PdfInspection.render(pdf, 1, 72).getWidth()).isEqualTo(227);
    }

    @Test
    void the_ticket_slip_says_the_turn_is_near_instead_of_a_zero_minute_wait() throws Exception {
        String text = PdfInspection.text(REPORTS.ticketSlip(Samples.ticketWithLongNames()), 1);

        assertThat(text).contains("Sắp đến lượt Ông/Bà").doesNotContain("khoảng 0 phút");
    }

    @Test
    void the_ticket_slip_qr_code_leads_to_the_position_page() throws Exception {
        var page = PdfInspection.render(REPORTS.ticketSlip(Samples.ticket(Labels.VIETNAMESE)), 1, 200);

        assertThat(PdfInspection.decodeQr(page)).isEqualTo(Samples.POSITION_URL);
    }

    @Test
    void the_dossier_receipt_has_two_copies_one_kept_and_one_for_the_applicant() throws Exception {
        byte[] pdf = REPORTS.dossierReceipt(TT01, Samples.receipt());

        assertThat(PdfInspection.pages(pdf)).isEqualTo(2);
        assertThat(PdfInspection.text(pdf, 1)).contains("(Liên 1: Lưu)").doesNotContain("Liên 2");
        assertThat(PdfInspection.text(pdf, 2))
                .contains("(Liên 2: Giao người nộp hồ sơ)")
                .doesNotContain("Liên 1");
    }

    @Test
    void the_dossier_receipt_prints_the_labels_of_form_01_with_their_diacritics() throws Exception {
        String text = PdfInspection.text(REPORTS.dossierReceipt(TT01, Samples.receipt()), 1);

        assertThat(text)
                .contains(
                        "UBND PHƯỜNG VĨNH PHÚC",
                        "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc",
                        "Vĩnh Phúc, ngày 25 tháng 11 năm 2026",
                        "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                        "Mã hồ sơ: 000.00.14.H56-261125-0007",
                        "Tiếp nhận hồ sơ của: Nguyễn Thị Hường",
                        "Địa chỉ:",
                        "Số điện thoại: 0912 345 678",
                        "Email: huong.nguyen@example.vn",
                        "Nội dung yêu cầu giải quyết:",
                        "1. Thành phần hồ sơ nộp gồm:",
                        "Hợp đồng chuyển nhượng quyền sử dụng đất đã được công chứng",
                        "Bản chính",
                        "Bản sao chứng thực",
                        "2. Số lượng hồ sơ: 1 (bộ)",
                        "3. Thời gian giải quyết hồ sơ theo quy định là: 10 ngày làm việc",
                        "4. Thời gian nhận hồ sơ: 08 giờ 42 phút, ngày 25 tháng 11 năm 2026",
                        "5. Thời gian trả kết quả giải quyết hồ sơ: 16 giờ 00 phút, ngày 09 tháng 12 năm 2026",
                        "6. Đăng ký nhận kết quả tại: Bộ phận Một cửa phường Vĩnh Phúc",
                        "Vào Sổ theo dõi hồ sơ, Quyển số:",
                        "NGƯỜI NỘP HỒ SƠ",
                        "NGƯỜI TIẾP NHẬN HỒ SƠ",
                        "(Ký và ghi rõ họ tên)",
                        "Trần Văn Đức",
                        "Giấy tiếp nhận và hẹn trả kết quả được lập thành 2 liên");
    }

    @Test
    void a_receipt_running_over_a_page_repeats_the_dossier_code_and_copy_and_keeps_long_names_whole() throws Exception {
        byte[] pdf = REPORTS.dossierReceipt(TT01, Samples.receiptWithManyDocuments());

        assertThat(PdfInspection.pages(pdf)).isEqualTo(4);
        assertThat(PdfInspection.text(pdf, 2))
                .startsWith("Mã hồ sơ: 000.00.14.H56-261125-0007 (Liên 1: Lưu)")
                .contains("Công ty TNHH Thương mại và Dịch vụ Xây dựng Hoàng Long", "Quyển số: 03 Số thứ tự: 1275");
        assertThat(PdfInspection.text(pdf, 4))
                .startsWith("Mã hồ sơ: 000.00.14.H56-261125-0007 (Liên 2: Giao người nộp hồ sơ)");
    }

    @Test
    void the_dossier_receipt_qr_code_leads_to_the_public_lookup_page() throws Exception {
        var page = PdfInspection.render(REPORTS.dossierReceipt(TT01, Samples.receipt()), 1, 200);

        assertThat(PdfInspection.decodeQr(page)).isEqualTo(Samples.LOOKUP_URL);
    }

    @Test
    void the_apology_slip_prints_the_labels_of_form_04_with_their_diacritics() throws Exception {
        byte[] pdf = REPORTS.apologySlip(TT01, Samples.apology());
        String text = PdfInspection.text(pdf, 1);

        assertThat(PdfInspection.pages(pdf)).isEqualTo(1);
        assertThat(text)
                .contains(
                        "UBND PHƯỜNG VĨNH PHÚC",
                        "Số: 15/XL-UBND",
                        "Vĩnh Phúc, ngày 08 tháng 12 năm 2026",
                        "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
                        "Kính gửi: Ông/Bà Nguyễn Thị Hường",
                        "Mã hồ sơ: 000.00.14.H56-261125-0007",
                        "Thời gian nhận hồ sơ: 08 giờ 42 phút, ngày 25 tháng 11 năm 2026",
                        "Ngày hẹn trả kết quả giải quyết hồ sơ: 16 giờ 00 phút, ngày 09 tháng 12 năm 2026",
                        "Lý do: Chưa nhận được kết quả xác minh nguồn gốc thửa đất",
                        "Thời gian hẹn trả kết quả lại: 16 giờ 00 phút, ngày 16 tháng 12 năm 2026",
                        "xin lỗi Ông/Bà",
                        "Nơi nhận:",
                        "KT. CHỦ TỊCH",
                        "PHÓ CHỦ TỊCH",
                        "Lê Minh Quang");
    }

    @Test
    void the_2025_form_is_titled_as_an_apology_and_a_request_for_an_extension() throws Exception {
        String text = PdfInspection.text(REPORTS.apologySlip(FormRegime.TT03_2025, Samples.apology()), 1);

        assertThat(text)
                .contains(
                        "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
                        "đề nghị gia hạn thời gian giải quyết hồ sơ",
                        "Thời gian giải quyết đề nghị gia hạn đến: 16 giờ 00 phút, ngày 16 tháng 12 năm 2026",
                        "Mã hồ sơ: 000.00.14.H56-261125-0007",
                        "Lý do: Chưa nhận được kết quả xác minh nguồn gốc thửa đất")
                .doesNotContain("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ");
    }

    @Test
    void the_supplement_request_prints_the_labels_of_form_02_with_the_papers_reason_and_deadline() throws Exception {
        byte[] pdf = REPORTS.supplementSlip(TT01, Samples.supplement());
        String text = PdfInspection.text(pdf, 1);

        assertThat(PdfInspection.pages(pdf)).isEqualTo(1);
        assertThat(text)
                .contains(
                        "UBND PHƯỜNG VĨNH PHÚC",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Vĩnh Phúc, ngày 26 tháng 11 năm 2026",
                        "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
                        "Mã hồ sơ: 000.00.14.H56-261125-0007",
                        "hồ sơ của Ông/Bà: Nguyễn Thị Hường",
                        "Yêu cầu Ông/Bà hoàn thiện hồ sơ gồm những nội dung như sau:",
                        "Bản sao chứng thực Giấy chứng nhận quyền sử dụng đất",
                        "Lý do: Hồ sơ còn thiếu giấy tờ theo quy định",
                        "Thời hạn bổ sung, hoàn thiện hồ sơ: trước ngày 04/12/2026",
                        "NGƯỜI HƯỚNG DẪN",
                        "Trần Văn Bình");
    }

    @Test
    void the_refusal_prints_the_labels_of_form_03_with_the_reason_and_both_signatures() throws Exception {
        byte[] pdf = REPORTS.refusalSlip(TT01, Samples.refusal());
        String text = PdfInspection.text(pdf, 1);

        assertThat(PdfInspection.pages(pdf)).isEqualTo(1);
        assertThat(text)
                .contains(
                        "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
                        "Tiếp nhận hồ sơ của: Nguyễn Thị Hường",
                        "Email: huong.nguyen@example.vn",
                        "Qua xem xét, UBND PHƯỜNG VĨNH PHÚC thông báo không tiếp nhận, giải quyết hồ sơ này",
                        "không thuộc thẩm quyền của phường",
                        "Xin thông báo cho Ông/Bà được biết và thực hiện./.",
                        "NGƯỜI NỘP HỒ SƠ",
                        "NGƯỜI TIẾP NHẬN HỒ SƠ");
    }

    @Test
    void the_late_list_is_a_landscape_table_with_a_subtotal_per_responsible_officer_a_total_and_signatures()
            throws Exception {
        byte[] pdf = REPORTS.lateDossiers(Samples.lateDossiers());
        String text = PdfInspection.text(pdf, 1);

        assertThat(PdfInspection.render(pdf, 1, 72).getWidth()).isEqualTo(842);
        assertThat(text)
                .contains(
                        "DANH SÁCH HỒ SƠ GIẢI QUYẾT TRỄ HẠN THÁNG 11/2026",
                        "Mã hồ sơ",
                        "Số ngày trễ",
                        "Cán bộ, cơ quan giữ hồ sơ khi trễ hạn",
                        "000.00.14.H56-261105-0011",
                        "Chưa giải quyết xong",
                        "Cộng Lê Thị Mai (Chi nhánh Văn phòng đăng ký đất đai khu vực Vĩnh Phúc): 1 hồ sơ trễ hạn, 0 hồ"
                                + " sơ đã có văn bản xin lỗi",
                        "Cộng Trần Văn Bình (Phòng Tư pháp): 2 hồ sơ trễ hạn, 1 hồ sơ đã có văn bản xin lỗi",
                        "Tổng cộng: 3 hồ sơ trễ hạn, 1 hồ sơ đã có văn bản xin lỗi",
                        "Phú Thọ, ngày 02 tháng 12 năm 2026",
                        "NGƯỜI LẬP BIỂU",
                        "Nguyễn Văn Lập",
                        "KT. CHỦ TỊCH PHÓ CHỦ TỊCH",
                        "Hoàng Minh Tuấn");
    }

    @Test
    void the_control_slip_prints_one_line_per_hand_over_with_giver_receiver_time_and_result() throws Exception {
        String text = PdfInspection.text(REPORTS.controlSlip(Samples.controlSlip()), 1);

        assertThat(text)
                .contains(
                        "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
                        "Mã hồ sơ: 000.00.14.H56-261102-0003",
                        "Cơ quan (bộ phận) giải quyết hồ sơ: Phòng Tư pháp",
                        "Cơ quan phối hợp giải quyết hồ sơ: …………",
                        "TÊN CƠ QUAN",
                        "THỜI GIAN GIAO, NHẬN HỒ SƠ",
                        "KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/đúng hạn/quá hạn)",
                        "GHI CHÚ",
                        "1. Giao: Bộ phận Một cửa phường Vĩnh Phúc",
                        "2. Nhận: Phòng Tư pháp",
                        "09 giờ 05 phút, ngày 02 tháng 11 năm 2026",
                        "Người giao: Lê Thị Mai",
                        "Người nhận: Trần Văn Bình",
                        "Trước hạn",
                        "Quá hạn",
                        "Đã ký giấy khai sinh");
    }

    @Test
    void the_supplement_request_has_its_number_line_and_the_telephone_to_call() throws Exception {
        String text = PdfInspection.text(REPORTS.supplementSlip(TT01, Samples.supplement()), 1);

        assertThat(text)
                .contains(
                        "Số: …………",
                        "Ông/Bà liên hệ với công chức Trần Văn Bình, số điện thoại 0211 3845 678 để được hướng dẫn./.");
    }

    @Test
    void the_stop_notice_names_the_dossier_the_reason_and_the_signer() throws Exception {
        byte[] pdf = REPORTS.stopNotice(FormRegime.TT03_2025, Samples.stop());
        String text = PdfInspection.text(pdf, 1);

        assertThat(PdfInspection.pages(pdf)).isEqualTo(1);
        assertThat(text)
                .contains(
                        "UBND PHƯỜNG VĨNH PHÚC",
                        "Vĩnh Phúc, ngày 02 tháng 12 năm 2026",
                        "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ",
                        "Kính gửi: Ông/Bà Nguyễn Thị Hường",
                        "- Mã hồ sơ: 000.00.14.H56-261125-0007",
                        "- Thời gian nhận hồ sơ: 08 giờ 42 phút, ngày 25 tháng 11 năm 2026",
                        "Nay thông báo dừng giải quyết hồ sơ nêu trên với lý do cụ thể như sau:",
                        "Tòa án nhân dân tỉnh Phú Thọ đã thụ lý vụ án tranh chấp quyền sử dụng thửa đất số 125.",
                        "KT. CHỦ TỊCH",
                        "Lê Minh Quang");
    }

    static Stream<Arguments> everyDossierFormInEachRegime() {
        return Arrays.stream(FormRegime.values())
                .flatMap(regime -> Stream.<Arguments>of(
                        Arguments.of(regime, "receipt", (Supplier<byte[]>)
                                () -> REPORTS.dossierReceipt(regime, Samples.receipt())),
                        Arguments.of(regime, "supplement request", (Supplier<byte[]>)
                                () -> REPORTS.supplementSlip(regime, Samples.supplement())),
                        Arguments.of(regime, "refusal", (Supplier<byte[]>)
                                () -> REPORTS.refusalSlip(regime, Samples.refusal())),
                        Arguments.of(regime, "apology", (Supplier<byte[]>)
                                () -> REPORTS.apologySlip(regime, Samples.apology())),
                        Arguments.of(regime, "stop notice", (Supplier<byte[]>)
                                () -> REPORTS.stopNotice(regime, Samples.stop()))));
    }

    @ParameterizedTest(name = "the {1} of {0} fits one page and its QR code leads to the public lookup page")
    @MethodSource("everyDossierFormInEachRegime")
    void every_dossier_form_carries_the_lookup_qr_code(FormRegime regime, String form, Supplier<byte[]> pdf)
            throws Exception {
        byte[] bytes = pdf.get();

        assertThat(PdfInspection.decodeQr(PdfInspection.render(bytes, 1, 200))).isEqualTo(Samples.LOOKUP_URL);
        assertThat(PdfInspection.text(bytes, 1)).contains("Tra cứu tình trạng hồ sơ", Samples.LOOKUP_URL);
    }

    static Stream<Arguments> everyDocument() {
        return Stream.of(
                Arguments.of(
                        "ticket slip", (Supplier<byte[]>) () -> REPORTS.ticketSlip(Samples.ticket(Labels.VIETNAMESE))),
                Arguments.of(
                        "dossier receipt", (Supplier<byte[]>) () -> REPORTS.dossierReceipt(TT01, Samples.receipt())),
                Arguments.of("apology slip", (Supplier<byte[]>) () -> REPORTS.apologySlip(TT01, Samples.apology())),
                Arguments.of("supplement request", (Supplier<byte[]>)
                        () -> REPORTS.supplementSlip(TT01, Samples.supplement())),
                Arguments.of("refusal", (Supplier<byte[]>) () -> REPORTS.refusalSlip(TT01, Samples.refusal())),
                Arguments.of("stop notice", (Supplier<byte[]>)
                        () -> REPORTS.stopNotice(FormRegime.TT03_2025, Samples.stop())),
                Arguments.of("late list", (Supplier<byte[]>) () -> REPORTS.lateDossiers(Samples.lateDossiers())),
                Arguments.of("control slip", (Supplier<byte[]>) () -> REPORTS.controlSlip(Samples.controlSlip())));
    }

    @ParameterizedTest(name = "the {0} embeds Be Vietnam Pro and no other font")
    @MethodSource("everyDocument")
    void every_document_embeds_its_fonts(String document, Supplier<byte[]> pdf) throws Exception {
        var fonts = PdfInspection.fonts(pdf.get());

        assertThat(fonts).isNotEmpty().allSatisfy(font -> {
            assertThat(font.embedded()).as(font.name()).isTrue();
            assertThat(font.name()).contains("BeVietnamPro");
        });
    }
}
