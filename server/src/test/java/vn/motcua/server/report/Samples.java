package vn.motcua.server.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.motcua.client.api.PriorityGroup;
import vn.motcua.server.report.ReceivedDocument.Form;

final class Samples {

    static final String POSITION_URL = "https://motcua.example.vn/q/08716/A023?t=Zk3p9Qx";
    static final String LOOKUP_URL = "https://motcua.example.vn/tra-cuu/000.00.14.H56-261125-0007?t=7hQ2mVb";

    private Samples() {}

    static TicketSlip ticket(Locale locale) {
        return priorityTicket(null, locale);
    }

    static TicketSlip priorityTicket(PriorityGroup priority, Locale locale) {
        return new TicketSlip(
                "Bộ phận Một cửa phường Vĩnh Phúc",
                "A023",
                "Đăng ký đất đai",
                priority,
                LocalDateTime.of(2026, 11, 25, 8, 15),
                7,
                24,
                POSITION_URL,
                locale);
    }

    static TicketSlip ticketWithLongNames() {
        return new TicketSlip(
                "Trung tâm Phục vụ Hành chính công tỉnh Phú Thọ, cơ sở Vĩnh Phúc",
                "B1023",
                "Đăng ký biến động đất đai, tài sản gắn liền với đất",
                LocalDateTime.of(2026, 11, 25, 14, 5),
                0,
                0,
                POSITION_URL);
    }

    static DossierReceipt receipt() {
        var applicant = new Applicant(
                "Nguyễn Thị Hường",
                "Số 12, đường Nguyễn Tất Thành, phường Vĩnh Phúc, tỉnh Phú Thọ",
                "0912 345 678",
                "huong.nguyen@example.vn");
        return new DossierReceipt(
                "UBND PHƯỜNG VĨNH PHÚC",
                "Bộ phận Một cửa phường Vĩnh Phúc",
                "Vĩnh Phúc",
                "000.00.14.H56-261125-0007",
                applicant,
                "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do chuyển nhượng",
                List.of(
                        new ReceivedDocument(
                                "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 11/ĐK)",
                                Form.ORIGINAL,
                                1),
                        new ReceivedDocument(
                                "Hợp đồng chuyển nhượng quyền sử dụng đất đã được công chứng", Form.ORIGINAL, 1),
                        new ReceivedDocument("Giấy chứng nhận quyền sử dụng đất đã cấp", Form.ORIGINAL, 1),
                        new ReceivedDocument("Căn cước công dân của bên nhận chuyển nhượng", Form.CERTIFIED_COPY, 2)),
                1,
                10,
                LocalDateTime.of(2026, 11, 25, 8, 42),
                LocalDateTime.of(2026, 12, 9, 16, 0),
                "Bộ phận Một cửa phường Vĩnh Phúc",
                null,
                null,
                "Trần Văn Đức",
                LOOKUP_URL);
    }

    /** A company with a long name handing in twenty papers: the form runs over to a second page per copy. */
    static DossierReceipt receiptWithManyDocuments() {
        var r = receipt();
        var documents =
                Stream.generate(r::documents).limit(5).flatMap(List::stream).toList();
        return new DossierReceipt(
                "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH PHÚ THỌ",
                r.receptionUnitName(),
                r.place(),
                r.dossierCode(),
                new Applicant(
                        "Công ty TNHH Thương mại và Dịch vụ Xây dựng Hoàng Long",
                        r.applicant().address(),
                        null,
                        null),
                r.procedureName(),
                documents,
                2,
                30,
                r.receivedAt(),
                r.resultDueAt(),
                "Tại nhà (trụ sở tổ chức) qua dịch vụ bưu chính công ích",
                "03",
                "1275",
                r.clerkName(),
                r.lookupUrl());
    }

    static ApologySlip apology() {
        var addressee = new Applicant(
                "Nguyễn Thị Hường",
                "Số 12, đường Nguyễn Tất Thành, phường Vĩnh Phúc, tỉnh Phú Thọ",
                "0912 345 678",
                null);
        return new ApologySlip(
                "UBND PHƯỜNG VĨNH PHÚC",
                "15/XL-UBND",
                "Vĩnh Phúc",
                LocalDate.of(2026, 12, 8),
                addressee,
                "000.00.14.H56-261125-0007",
                "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do chuyển nhượng",
                LocalDateTime.of(2026, 11, 25, 8, 42),
                LocalDateTime.of(2026, 12, 9, 16, 0),
                "Chưa nhận được kết quả xác minh nguồn gốc thửa đất từ Văn phòng đăng ký đất đai tỉnh.",
                LocalDateTime.of(2026, 12, 16, 16, 0),
                "Bộ phận Một cửa phường Vĩnh Phúc",
                "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
                "Lê Minh Quang",
                LOOKUP_URL);
    }

    static SupplementSlip supplement() {
        return new SupplementSlip(
                "UBND PHƯỜNG VĨNH PHÚC",
                "Vĩnh Phúc",
                LocalDate.of(2026, 11, 26),
                applicant(),
                "000.00.14.H56-261125-0007",
                "Đăng ký biến động quyền sử dụng đất do chuyển nhượng",
                List.of(
                        "Bản sao chứng thực Giấy chứng nhận quyền sử dụng đất",
                        "Tờ khai lệ phí trước bạ (bổ sung chữ ký của bên nhận chuyển nhượng)"),
                "Hồ sơ còn thiếu giấy tờ theo quy định",
                LocalDate.of(2026, 12, 4),
                "Trần Văn Bình",
                "0211 3845 678",
                LOOKUP_URL);
    }

    static RefusalSlip refusal() {
        return new RefusalSlip(
                "UBND PHƯỜNG VĨNH PHÚC",
                "Vĩnh Phúc",
                LocalDate.of(2026, 11, 25),
                applicant(),
                "000.00.14.H56-261125-0008",
                "Cấp giấy phép xây dựng nhà ở riêng lẻ",
                "Thủ tục thuộc thẩm quyền giải quyết của Sở Xây dựng, không thuộc thẩm quyền của phường.",
                "Trần Văn Bình",
                LOOKUP_URL);
    }

    static StopNotice stop() {
        return new StopNotice(
                "UBND PHƯỜNG VĨNH PHÚC",
                "Vĩnh Phúc",
                LocalDate.of(2026, 12, 2),
                applicant(),
                "000.00.14.H56-261125-0007",
                "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do chuyển nhượng",
                LocalDateTime.of(2026, 11, 25, 8, 42),
                "Tòa án nhân dân tỉnh Phú Thọ đã thụ lý vụ án tranh chấp quyền sử dụng thửa đất số 125.",
                "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
                "Lê Minh Quang",
                LOOKUP_URL);
    }

    static LateDossierList lateDossiers() {
        return new LateDossierList(
                "UBND PHƯỜNG VĨNH PHÚC",
                YearMonth.of(2026, 11),
                List.of(
                        new LateDossierList.Row(
                                "000.00.14.H56-261102-0003",
                                "Đăng ký khai sinh",
                                LocalDateTime.of(2026, 11, 2, 8, 10),
                                LocalDateTime.of(2026, 11, 4, 17, 0),
                                LocalDateTime.of(2026, 11, 6, 9, 30),
                                2,
                                "Phòng Tư pháp",
                                "Trần Văn Bình",
                                true),
                        new LateDossierList.Row(
                                "000.00.14.H56-261105-0011",
                                "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do chuyển nhượng",
                                LocalDateTime.of(2026, 11, 5, 14, 0),
                                LocalDateTime.of(2026, 11, 19, 17, 0),
                                null,
                                6,
                                "Chi nhánh Văn phòng đăng ký đất đai khu vực Vĩnh Phúc",
                                "Lê Thị Mai",
                                false),
                        new LateDossierList.Row(
                                "000.00.14.H56-261109-0002",
                                "Chứng thực bản sao từ bản chính",
                                LocalDateTime.of(2026, 11, 9, 7, 45),
                                LocalDateTime.of(2026, 11, 10, 17, 0),
                                LocalDateTime.of(2026, 11, 11, 8, 0),
                                1,
                                "Phòng Tư pháp",
                                "Trần Văn Bình",
                                false)),
                "Phú Thọ",
                LocalDate.of(2026, 12, 2),
                "Nguyễn Văn Lập",
                "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
                "Hoàng Minh Tuấn");
    }

    static ControlSlip controlSlip() {
        return new ControlSlip(
                "UBND PHƯỜNG VĨNH PHÚC",
                "Bộ phận Một cửa phường Vĩnh Phúc",
                "000.00.14.H56-261102-0003",
                "Nguyễn Thị Hường",
                "Đăng ký khai sinh",
                LocalDateTime.of(2026, 11, 2, 8, 10),
                LocalDateTime.of(2026, 11, 4, 17, 0),
                "Phòng Tư pháp",
                null,
                List.of(
                        new ControlSlip.Row(
                                "Bộ phận Một cửa phường Vĩnh Phúc",
                                "Lê Thị Mai",
                                "Phòng Tư pháp",
                                "Trần Văn Bình",
                                LocalDateTime.of(2026, 11, 2, 9, 5),
                                ControlSlip.Result.EARLY,
                                ""),
                        new ControlSlip.Row(
                                "Phòng Tư pháp",
                                "Trần Văn Bình",
                                "Bộ phận Một cửa phường Vĩnh Phúc",
                                "Lê Thị Mai",
                                LocalDateTime.of(2026, 11, 5, 8, 0),
                                ControlSlip.Result.LATE,
                                "Đã ký giấy khai sinh")));
    }

    private static Applicant applicant() {
        return new Applicant(
                "Nguyễn Thị Hường",
                "Số 12, đường Nguyễn Tất Thành, phường Vĩnh Phúc, tỉnh Phú Thọ",
                "0912 345 678",
                "huong.nguyen@example.vn");
    }
}
