package vn.motcua.e2e;

import java.util.regex.Pattern;

/**
 * The screens' texts the tests look for, copied from kiosk-app/src/main/resources/messages.properties and
 * counter-app/src/main/resources/messages.properties (the Vietnamese default bundles), and the demo data's
 * names and logins (server's DemoData, README).
 */
final class Ui {

    static final String PAIR_SUBMIT = "Ghép nối";
    static final String KIOSK_PRIORITY_NONE = "Không — lấy số thường";
    static final String KIOSK_YOUR_NUMBER = "Số thứ tự của Ông/Bà";
    static final String RATING_QUESTION = "Ông/Bà đánh giá thế nào về việc phục vụ?";
    static final String RATING_VERY_SATISFIED = "Rất hài lòng";
    static final String RATING_THANKS = "Cảm ơn Ông/Bà đã đánh giá!";
    static final String RATING_DISSATISFIED = "Không hài lòng";
    static final String RATING_REASON_LONG_WAIT = "Thời gian chờ lâu";
    static final String RATING_SEND = "Gửi đánh giá";
    static final String KIOSK_DOSSIER = "Tra cứu hồ sơ";
    static final String KIOSK_PROCEDURES = "Tra cứu thủ tục";
    static final String CAMERA_CARD = "Quét thẻ căn cước bằng camera";
    static final String CAMERA_RECEIPT = "Quét mã QR bằng camera";
    static final String LOOKUP_NOT_A_RECEIPT =
            "Mã vừa quét không phải mã QR trên giấy tiếp nhận hồ sơ. Xin quét lại hoặc nhập mã hồ sơ.";
    static final String ELDERLY = "Người cao tuổi";
    static final String BACK = "Quay lại";
    /**
     * A hall board shown and live: the office's name drawn and the offline badge (the header's own span) hidden by
     * the subscription's connect. A badge already hidden when the page's first response is written reaches the
     * browser as a bare {@code <span hidden>}, without its class: hence not {@code .board-offline}.
     */
    static final String BOARD_LIVE = """
            () => {
              const name = document.querySelector('.board-office');
              const offline = document.querySelector('.board-header > span');
              return !!name && name.textContent.length > 0 && !!offline && offline.hidden;
            }""";

    // counter-app
    static final String SIGN_IN_USERNAME = "Tên đăng nhập";
    static final String SIGN_IN_PASSWORD = "Mật khẩu";
    static final String SIGN_IN_SUBMIT = "Đăng nhập";
    static final String SIGN_OUT = "Đăng xuất";
    static final String SHOW_PASSWORD = "Hiện mật khẩu";
    static final String PLACE_OFFICE = "Đơn vị";
    static final String PLACE_COUNTER = "Quầy";
    static final String PLACE_OPEN_CONSOLE = "Vào quầy";
    static final String PLACE_OPEN_BOARD = "Bảng điều hành";
    static final String PLACE_OPEN_REVIEW = "Đánh giá & thời gian";
    static final String PLACE_OPEN_ADMIN = "Quản trị";
    static final String CALL_NEXT = "Gọi tiếp";
    static final String START = "Bắt đầu";
    static final String FINISH = "Hoàn thành";
    static final String STATUS_CALLED = "Đang mời";
    static final String STATUS_SERVING = "Đang phục vụ";
    static final String CURRENT_NONE = "Chưa có số nào tại quầy";
    static final String REVIEW_TITLE = "Đánh giá hài lòng và thời gian phục vụ";
    static final String REVIEW_DISSATISFIED = "Không hài lòng";
    static final String REVIEW_REASON_LONG_WAIT = "Chờ lâu";
    static final String INDICATORS_NAV = "Chỉ số 766";
    static final String INDICATOR_2_1 = "2.1 Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn";
    static final String INDICATOR_WHY_LOW = "Vì sao thấp?";
    static final String INDICATOR_EXPORT_XLSX = "Xuất Excel (XLSX)";
    static final String INDICATOR_EXPORT_CSV = "Xuất CSV";
    static final String INDICATOR_EXPORT_PDF = "Xuất PDF";
    static final String ADMIN_AREA_CODE = "Mã lĩnh vực";
    static final String ADMIN_AREA_NAME = "Tên lĩnh vực";
    static final String ADMIN_AREA_PREFIX = "Chữ cái đầu số";
    static final String ADMIN_ADD = "Thêm";
    static final String ADMIN_AREA_SAVED = "Đã lưu lĩnh vực";
    static final String ADMIN_PROCEDURES_TAB = "Thủ tục hành chính";
    static final String ADMIN_PROCEDURE_CODE = "Mã thủ tục";
    static final String ADMIN_PROCEDURE_SEARCH = "Tìm theo tên hoặc mã thủ tục (gõ không dấu cũng được)";
    static final String ADMIN_CSV_CHOOSE = "Chọn tệp CSV…";
    static final String ADMIN_CSV_ONE_NEW = "Đã nhập tệp: 1 thủ tục mới, 0 thủ tục được cập nhật.";
    static final String KIOSK_FEEDBACK = "Phản ánh, kiến nghị";
    static final String FEEDBACK_WAITING = "Thời gian chờ, xếp hàng";
    static final String FEEDBACK_SPACE = "Dấu cách";
    static final String FEEDBACK_HOI = "Dấu hỏi (ả)";
    static final String FEEDBACK_CONSENT = "☐ Đồng ý công khai nội dung và trả lời (không kèm số điện thoại, email)";
    static final String FEEDBACK_SEND = "Gửi phản ánh";
    static final String FEEDBACK_REFERENCE = "Mã phản ánh của Ông/Bà";
    static final String FEEDBACK_NAV = "Phản ánh, kiến nghị";
    static final String APPOINTMENTS_NAV = "Lịch hẹn";
    static final String FEEDBACK_PUBLISH = "Công khai câu hỏi và trả lời trên trang của đơn vị (người gửi đã đồng ý)";
    static final String FEEDBACK_ANSWER_SEND = "Gửi trả lời";
    /** The head's board: at least the one just filed waits, and it is not overdue. */
    static final Pattern BOARD_FEEDBACK_WAITING =
            Pattern.compile("Đang chờ trả lời: [1-9]\\d* phản ánh, kiến nghị, trong đó 0 quá hạn\\.");

    static final String BOARD_FEEDBACK_OPEN = "Xem và trả lời";

    static final String OFFICE = "Trung tâm Phục vụ hành chính công tỉnh Phú Thọ";
    static final String AREA_A = "Đầu tư - Kế hoạch";
    static final String COUNTER_1 = "Quầy 1";
    static final String PASSWORD = "motcua2026";
    static final String CLERK = "canbo1";
    static final String HEAD = "lanhdao";
    static final String ADMIN = "admin";
    static final String KIOSK = "KIOSK-TT-01";
    static final String KIOSK_SECRET = "kiosk-tt-01-secret";
    static final String DISPLAY = "DISPLAY-TT-01";
    static final String DISPLAY_SECRET = "display-tt-01-secret";
    static final String TABLET = "TABLET-TT-Q1";
    static final String TABLET_SECRET = "tablet-tt-q1-secret";

    private Ui() {}
}
