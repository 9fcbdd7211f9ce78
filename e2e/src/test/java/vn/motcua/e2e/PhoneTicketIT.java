package vn.motcua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.TicketView;

/**
 * A citizen takes a ticket on the demo centre's phone page (it gives tickets to phones; the demo sends no SMS, so the
 * page shows the code under its "demo only" banner), types the number and the code on the keys, lands on the ticket's
 * page, and follows it there until counter 1 calls it.
 */
class PhoneTicketIT extends BrowserIT {

    private static final Pattern TICKET_PAGE = Pattern.compile(".*/t/\\d+/([0-9a-f-]{36})\\?lang=vi");

    @Test
    void a_citizen_takes_a_ticket_on_the_phone_with_the_code_follows_the_place_and_is_called_at_the_counter() {
        MotcuaClient clerk = new MotcuaClient(stack.serverUrl());
        clerk.signInStaff(Ui.CLERK, Ui.PASSWORD);
        Office office = Office.centre(clerk);

        Page phone = screens.fresh(390, 844);
        phone.navigate(stack.serverUrl() + "/cong-khai/" + office.id() + "/lay-so");
        phone.locator("select#area").selectOption(new SelectOption().setLabel(Ui.AREA_A));
        phone.locator("input#phone").pressSequentially("0987 654 321");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi mã xác nhận"))
                .click();
        Locator demoCode = phone.locator("#demo-code");
        assertThat(demoCode).hasText(Pattern.compile("\\d{6}"));
        assertThat(phone.getByText("Chỉ có trong bản trình diễn")).isVisible();
        Screens.screenshot(phone, "e2e-phone-ticket-code.png");

        phone.locator("input#code").pressSequentially(demoCode.textContent().trim());
        phone.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Lấy số thứ tự").setExact(true))
                .click();
        phone.waitForURL(TICKET_PAGE);
        var page = TICKET_PAGE.matcher(phone.url());
        assertThat(page.matches()).isTrue();
        assertThat(phone.locator("#status")).hasText("Đang chờ");
        assertThat(phone.locator("#ahead")).hasText(Pattern.compile("Số người đang chờ trước Ông/Bà: \\d+"));
        String number = phone.locator("p.n").textContent().trim();
        assertThat(number).matches("A\\d{3}");
        Screens.screenshot(phone, "e2e-phone-ticket-place.png");

        TicketView called = clerk.queue().callTicket(office.id(), office.counter1(), page.group(1));
        assertThat(called.code()).isEqualTo(number);
        assertThat(phone.locator("#status"))
                .hasText("Đã được mời, xin đến quầy", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        clerk.queue().start(office.id(), office.counter1());
        clerk.queue().finish(office.id(), office.counter1());
    }
}
