package vn.motcua.e2e;

/**
 * The screens' texts the tests look for, copied from kiosk-app/src/main/resources/messages.properties (the
 * Vietnamese default bundle), and the demo data's names and logins (server's DemoData, README).
 */
final class Ui {

    static final String PAIR_SUBMIT = "Ghép nối";
    static final String KIOSK_PRIORITY_NONE = "Không — lấy số thường";
    static final String KIOSK_YOUR_NUMBER = "Số thứ tự của Ông/Bà";
    static final String RATING_QUESTION = "Ông/Bà đánh giá thế nào về việc phục vụ?";
    static final String RATING_VERY_SATISFIED = "Rất hài lòng";
    static final String RATING_THANKS = "Cảm ơn Ông/Bà đã đánh giá!";

    static final String OFFICE = "Trung tâm Phục vụ hành chính công tỉnh Vĩnh Phúc";
    static final String AREA_A = "Đầu tư - Kế hoạch";
    static final String COUNTER_1 = "Quầy 1";
    static final String PASSWORD = "motcua2026";
    static final String CLERK = "canbo1";
    static final String HEAD = "lanhdao";
    static final String KIOSK = "KIOSK-TT-01";
    static final String KIOSK_SECRET = "kiosk-tt-01-secret";
    static final String DISPLAY = "DISPLAY-TT-01";
    static final String DISPLAY_SECRET = "display-tt-01-secret";
    static final String TABLET = "TABLET-TT-Q1";
    static final String TABLET_SECRET = "tablet-tt-q1-secret";

    private Ui() {
    }
}
