package vn.motcua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.CounterState;
import vn.motcua.client.api.OfficeSnapshot;
import vn.motcua.client.api.TicketView;

/**
 * A clerk and an admin who type, with real key events (a key down and up per character, as a keyboard or a
 * keyboard-wedge scanner sends them), into every field of the console's and the administration's dialogs: each
 * field holds exactly what was typed, and the console's one-key shortcuts send no queue command meanwhile (the
 * office's event sequence and counter 1 are as before) and open no second dialog. Outside a field the keys still
 * work, '+' from the main keyboard (Shift+=) included, and a key whose action does not fit says so.
 */
class KeyboardTypingIT extends BrowserIT {

    // counter-app/src/main/resources/messages.properties
    private static final String FIND_CODE = "Mã hồ sơ";
    private static final String SCAN = "Quét CCCD";
    private static final String NAME = "Họ và tên";
    private static final String ID_NUMBER = "Số CCCD";
    private static final String PHONE = "Điện thoại";
    private static final String PICK_NUMBER = "Gõ số thứ tự rồi nhấn Enter";
    private static final String PAUSE_OTHER = "Lý do khác";
    private static final String TRANSFER_SEND = "Chuyển";
    private static final String PASSWORD_BUTTON = "Đổi mật khẩu";
    private static final String PASSWORD_CURRENT = "Mật khẩu hiện tại";
    private static final String PASSWORD_NEW = "Mật khẩu mới";
    private static final String PASSWORD_REPEAT = "Nhập lại mật khẩu mới";
    private static final String CALL_NEXT_REFUSED = "Phím + / Enter: “Gọi tiếp” chưa dùng được lúc này.";
    private static final String ADMIN_STAFF_TAB = "Cán bộ";
    private static final String ADMIN_RESET = "Đặt lại mật khẩu";
    private static final String ADMIN_RESET_PASSWORD = "Mật khẩu tạm thời";

    /** A chip ID card's QR code as the desk's scanner types it: number|old number|name|birth|sex|address|issued. */
    private static final String CCCD_QR =
            "001099012345|123456789|Nguyen Van An|01011990|Nam|So 12 duong 3-2, phuong 1|01012021";

    private static final String CCCD = "079203001234";
    private static final String DOSSIER_CODE = "000.00.00.H00-250101-0001";
    /** Digits, '.', '+' and '/' are all console keys. */
    private static final String NEW_PASSWORD = "Motcua.2026+9/0";

    private MotcuaClient api;
    private Office office;

    @BeforeEach
    void counterOneFreeWithTwoWaiting() {
        Office.clearCounter1(stack.serverUrl());
        api = new MotcuaClient(stack.serverUrl());
        api.signInStaff(Ui.CLERK, Ui.PASSWORD);
        office = Office.centre(api);
        api.queue().issueTicket(office.id(), office.areaA(), null);
        api.queue().issueTicket(office.id(), office.areaA(), null);
    }

    @Test
    void a_clerk_serving_a_ticket_types_into_every_console_dialog_and_no_key_becomes_a_queue_command() {
        api.queue().callNext(office.id(), office.counter1());
        TicketView serving = api.queue().start(office.id(), office.counter1());
        Page page = console();
        Queue before = queue();
        assertThat(before.current()).isEqualTo(serving.code() + " SERVING");

        // "Tra cứu hồ sơ" by its key: the code field has the focus, and the code's 0, 1, 2, 5 and '.' stay in it
        body(page).press("0");
        Locator code = field(page, FIND_CODE);
        assertThat(code).isFocused();
        page.keyboard().type(DOSSIER_CODE);
        assertThat(code).hasValue(DOSSIER_CODE);
        assertOneDialogAndNoCommand(page, before);
        closeDialog(page);

        // "Tiếp nhận hồ sơ": the scanner types the card's QR code and Enter, fast; then a CCCD typed by hand
        body(page).press("8");
        Locator scan = field(page, SCAN);
        assertThat(scan).isFocused();
        page.keyboard().type(CCCD_QR);
        page.keyboard().press("Enter");
        assertThat(field(page, NAME)).hasValue("Nguyen Van An");
        Locator idNumber = field(page, ID_NUMBER);
        assertThat(idNumber).hasValue("001099012345");
        idNumber.clear();
        idNumber.pressSequentially(CCCD);
        page.keyboard().press("Enter");
        assertThat(idNumber).hasValue(CCCD);
        field(page, PHONE).pressSequentially("0912.345.678");
        assertThat(field(page, PHONE)).hasValue("0912.345.678");
        assertOneDialogAndNoCommand(page, before);
        closeDialog(page);

        // transfer: the arrows choose at once, no Tab first; closing it sends nothing
        body(page).press("4");
        Locator targets = page.locator("vaadin-dialog[opened] vaadin-radio-group");
        assertThat(targets).isVisible();
        page.waitForFunction("g => g.contains(document.activeElement)", targets.elementHandle());
        page.keyboard().press("ArrowDown");
        assertThat(targets.locator("vaadin-radio-button[checked]")).hasCount(1);
        assertThat(dialogButton(page, TRANSFER_SEND)).isEnabled();
        assertOneDialogAndNoCommand(page, before);
        closeDialog(page);

        changePasswordAndCancel(page);
        assertOneDialogAndNoCommand(page, before, 0);

        // call-next does not fit a busy counter: the key says so, and the server hears nothing
        body(page).press("Shift+Equal");
        assertThat(page.locator("vaadin-notification-card")
                        .filter(new Locator.FilterOptions().setHasText(CALL_NEXT_REFUSED)))
                .isVisible();
        assertThat(queue()).isEqualTo(before);
    }

    @Test
    void
            a_free_clerk_types_a_number_and_a_pause_reason_without_calling_and_then_plus_on_the_main_keyboard_calls_next() {
        Page page = console();
        Queue before = queue();
        assertThat(before.current()).isEqualTo("free");

        // "Gọi số cụ thể": 6 is the parked-ticket key, 7 this dialog's own
        body(page).press("7");
        Locator number = field(page, PICK_NUMBER);
        assertThat(number).isFocused();
        page.keyboard().type("607");
        assertThat(number).hasValue("607");
        assertOneDialogAndNoCommand(page, before);
        closeDialog(page);

        // the pause dialog opens on its usual reasons; a reason of one's own may hold digits and '+'
        body(page).press("9");
        Locator usual = page.locator("vaadin-dialog[opened] vaadin-radio-group");
        assertThat(usual).isVisible();
        page.waitForFunction("g => g.contains(document.activeElement)", usual.elementHandle());
        Locator other = field(page, PAUSE_OTHER);
        String reason = "Máy in hỏng 2 lần + 1.5 giờ / 3";
        other.pressSequentially(reason);
        assertThat(other).hasValue(reason);
        assertOneDialogAndNoCommand(page, before);
        closeDialog(page);

        // outside any field, '+' from the main keyboard calls the first waiting ticket
        String first = api.queue()
                .snapshot(office.id())
                .waitingByArea()
                .get(office.areaA())
                .getFirst()
                .code();
        body(page).press("Shift+Equal");
        assertThat(page.locator(".current-ticket .current-code")).hasText(first);
        assertThat(queue().current()).isEqualTo(first + " CALLED");
    }

    @Test
    void an_admin_types_into_the_reset_password_and_change_password_dialogs_and_every_character_stays() {
        CounterApp admin = CounterApp.signIn(screens.fresh(1920, 1080), stack.counterUrl(), Ui.ADMIN)
                .choosePlace(Ui.OFFICE, null)
                .openAdministration();
        Page page = admin.page();
        page.getByRole(
                        AriaRole.TAB,
                        new Page.GetByRoleOptions().setName(ADMIN_STAFF_TAB).setExact(true))
                .click();
        page.locator(".admin-staff vaadin-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("canbo2"))
                .first()
                .click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(ADMIN_RESET).setExact(true))
                .click();
        Locator temporary = field(page, ADMIN_RESET_PASSWORD);
        assertThat(temporary).isFocused();
        page.keyboard().type(NEW_PASSWORD);
        assertThat(temporary).hasValue(NEW_PASSWORD);
        closeDialog(page);

        changePasswordAndCancel(page);
    }

    /** Opened from the top bar; typed, checked and cancelled, so that the demo password stays. */
    private static void changePasswordAndCancel(Page page) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(PASSWORD_BUTTON).setExact(true))
                .click();
        Locator current = field(page, PASSWORD_CURRENT);
        assertThat(current).isFocused();
        page.keyboard().type(Ui.PASSWORD);
        field(page, PASSWORD_NEW).pressSequentially(NEW_PASSWORD);
        field(page, PASSWORD_REPEAT).pressSequentially(NEW_PASSWORD);
        assertThat(current).hasValue(Ui.PASSWORD);
        assertThat(field(page, PASSWORD_NEW)).hasValue(NEW_PASSWORD);
        assertThat(field(page, PASSWORD_REPEAT)).hasValue(NEW_PASSWORD);
        assertThat(openDialogs(page)).isEqualTo(1);
        closeDialog(page);
    }

    private Page console() {
        CounterApp clerk = CounterApp.signIn(screens.fresh(1920, 1080), stack.counterUrl(), Ui.CLERK)
                .choosePlace(Ui.OFFICE, 1)
                .openConsole();
        Page page = clerk.page();
        assertThat(page.locator(".connection-banner")).isHidden();
        return page;
    }

    /** What a queue command would change: the office's event sequence and what counter 1 holds. */
    private record Queue(long seq, String current, String pause) {}

    private Queue queue() {
        OfficeSnapshot snapshot = api.queue().snapshot(office.id());
        CounterState counter = snapshot.counters().stream()
                .filter(c -> c.counterId() == office.counter1())
                .findFirst()
                .orElse(null);
        TicketView current = counter == null ? null : counter.current();
        return new Queue(
                snapshot.seq(),
                current == null ? "free" : current.code() + " " + current.status(),
                counter == null ? null : counter.pausedReason());
    }

    private void assertOneDialogAndNoCommand(Page page, Queue before) {
        assertOneDialogAndNoCommand(page, before, 1);
    }

    /** Checked after the page has answered every key typed, so that a command sent would already be done. */
    private void assertOneDialogAndNoCommand(Page page, Queue before, int dialogs) {
        page.waitForLoadState();
        page.waitForFunction(
                "() => !window.Vaadin || !Object.values(window.Vaadin.Flow.clients)" + ".some(c => c.isActive())");
        assertThat(openDialogs(page)).as("dialogs open").isEqualTo(dialogs);
        assertThat(queue()).as("the office's queue").isEqualTo(before);
    }

    private static int openDialogs(Page page) {
        return ((Number) page.evaluate("() => document.querySelectorAll('vaadin-dialog[opened]').length")).intValue();
    }

    /** Escape, as a clerk leaves a dialog; it must close. */
    private static void closeDialog(Page page) {
        page.keyboard().press("Escape");
        assertThat(page.locator("vaadin-dialog[opened]")).hasCount(0);
    }

    /** The page itself, focused as after a click on an empty part of it: no field, no button. */
    private static Keyboard body(Page page) {
        page.evaluate("() => document.activeElement && document.activeElement.blur()");
        return page.keyboard();
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private static Locator dialogButton(Page page, String text) {
        return page.locator("vaadin-dialog[opened] vaadin-button")
                .filter(new Locator.FilterOptions().setHasText(text))
                .filter(new Locator.FilterOptions().setHasNot(page.locator(".key")))
                .last();
    }
}
