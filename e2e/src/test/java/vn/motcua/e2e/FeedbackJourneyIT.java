package vn.motcua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import vn.motcua.client.MotcuaClient;

/**
 * Feedback from the kiosk to its answer: a citizen files a complaint at the kiosk, typing it on a keyboard and ending
 * it on the screen's own keys with a tone mark; the head reads it on the counter-app's feedback screen and answers
 * it, published; the public page the kiosk named shows the answer to whoever holds the reference.
 */
class FeedbackJourneyIT extends BrowserIT {

    /** A long, real complaint, as an elderly citizen's son might write it: figures, names, every diacritic. */
    private static final String COMPLAINT = "Sáng thứ Hai tôi đến Trung tâm từ 7 giờ 15 phút để nộp hồ sơ đăng ký biến "
            + "động đất đai cho mẹ tôi là bà Nguyễn Thị Hương, năm nay đã 82 tuổi. Tôi lấy số C017 tại ki-ốt nhưng đến "
            + "10 giờ 40 phút mới được gọi, trong khi quầy lĩnh vực Đất đai chỉ có một cán bộ làm việc, quầy bên cạnh "
            + "để trống suốt buổi sáng. Khu vực chờ không đủ ghế, nhiều người cao tuổi và phụ nữ bế con nhỏ phải đứng "
            + "hơn hai tiếng đồng hồ; màn hình gọi số có lúc không hiện số đang được phục vụ nên mọi người phải hỏi "
            + "nhau. Khi đến lượt, cán bộ yêu cầu bổ sung bản sao giấy chứng nhận có chứng thực, trong khi trên trang "
            + "thông tin của Trung tâm không ghi yêu cầu này, nên tôi phải về nhà lấy giấy tờ và quay lại vào buổi "
            + "chiều. Đề nghị Trung tâm bố trí thêm cán bộ cho lĩnh vực Đất đai vào các buổi sáng đầu tuần, ưu tiên "
            + "người cao tuổi đúng quy định, bổ sung ghế ngồi ở khu vực chờ và công khai đầy đủ thành phần hồ sơ trên "
            + "trang thông tin để người dân chuẩn bị một lần là đủ.";

    /** What the screen's keys add: " cam", the hỏi key, " ơn." */
    private static final String ENDING = " cảm ơn.";

    private static final String ANSWER = "Trung tâm xin lỗi Ông và bà Nguyễn Thị Hương. Từ thứ Hai tuần sau, lĩnh vực "
            + "Đất đai có hai cán bộ tiếp nhận vào buổi sáng đầu tuần, người cao tuổi được mời trước theo quy định, "
            + "khu vực chờ có thêm 20 ghế, và thành phần hồ sơ đã được công khai đầy đủ trên trang thông tin.";

    @Test
    void a_complaint_typed_at_the_kiosk_is_answered_by_the_head_and_the_answer_shows_on_the_public_page() {
        Page kiosk = screens.paired(Ui.KIOSK, Ui.KIOSK_SECRET, 1080, 1920);
        button(kiosk, Ui.KIOSK_FEEDBACK).click();
        button(kiosk, Ui.FEEDBACK_WAITING).click();
        Locator send = button(kiosk, Ui.FEEDBACK_SEND);
        assertThat(send).isDisabled();

        Locator content = kiosk.locator("textarea.feedback-content");
        content.pressSequentially(COMPLAINT);
        assertThat(content).hasValue(COMPLAINT);
        key(kiosk, Ui.FEEDBACK_SPACE);
        for (String letter : new String[] {"c", "a", "m"}) {
            key(kiosk, letter);
        }
        key(kiosk, Ui.FEEDBACK_HOI);
        for (String letter : new String[] {Ui.FEEDBACK_SPACE, "ơ", "n", "."}) {
            key(kiosk, letter);
        }
        assertThat(content).hasValue(COMPLAINT + ENDING);
        kiosk.locator("input.feedback-phone").pressSequentially("0912 345 678");
        kiosk.locator("input.feedback-subject").pressSequentially("C017");
        button(kiosk, Ui.FEEDBACK_CONSENT).click();
        Screens.screenshot(kiosk, "kiosk-feedback.png");
        send.click();

        assertThat(kiosk.locator(".feedback-filed .ticket-label")).hasText(Ui.FEEDBACK_REFERENCE);
        String reference = kiosk.locator(".feedback-reference").textContent().strip();
        assertThat(reference).matches("PA-[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}");
        MotcuaClient api = new MotcuaClient(stack.serverUrl());
        api.signInStaff(Ui.HEAD, Ui.PASSWORD);
        long officeId = Office.centre(api).id();
        String followUrl = stack.serverUrl() + "/cong-khai/" + officeId + "/phan-anh/" + reference;
        assertThat(kiosk.locator(".feedback-url")).hasText(followUrl);
        Screens.screenshot(kiosk, "kiosk-feedback-filed.png");

        CounterApp head = CounterApp.signIn(screens.fresh(1920, 1080), stack.counterUrl(), Ui.HEAD)
                .choosePlace(Ui.OFFICE, null)
                .openBoard();
        assertThat(head.page().locator(".board-feedback")).hasText(Ui.BOARD_FEEDBACK_WAITING);
        Page counter = head.follow(Ui.BOARD_FEEDBACK_OPEN, "/phan-anh").page();
        counter.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(COMPLAINT.substring(0, 60)))
                .first()
                .click();
        Locator detail = counter.locator(".feedback-detail");
        assertThat(detail).containsText(reference);
        assertThat(detail).containsText(COMPLAINT + ENDING);
        assertThat(detail).containsText("0912 345 678");
        assertThat(detail).containsText("C017");
        counter.locator("vaadin-text-area.feedback-answer textarea").pressSequentially(ANSWER);
        counter.getByText(Ui.FEEDBACK_PUBLISH).click();
        Screens.screenshot(counter, "counter-feedback.png");
        counter.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName(Ui.FEEDBACK_ANSWER_SEND)
                                .setExact(true))
                .click();
        assertThat(counter.getByText("Đã trả lời phản ánh " + reference + ".")).isVisible();

        Page phone = screens.fresh(390, 844);
        phone.navigate(followUrl);
        assertThat(phone.locator("main")).containsText(reference);
        assertThat(phone.locator("main")).containsText(ANSWER);
        phone.navigate(stack.serverUrl() + "/cong-khai/" + officeId + "/phan-anh");
        assertThat(phone.locator("main"))
                .containsText(ANSWER, new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        assertThat(phone.locator("main")).not().containsText("0912 345 678");
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** A tap on one of the screen's own keys. */
    private static void key(Page page, String name) {
        page.locator("vaadin-button.key")
                .filter(new Locator.FilterOptions().setHasText(name))
                .and(page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(name).setExact(true)))
                .click();
    }
}
