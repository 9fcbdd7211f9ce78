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
import vn.motcua.client.api.PriorityGroup;
import vn.motcua.client.api.TicketView;

/**
 * A citizen books on the phone page (the demo centre's area A takes quarter-hour appointments, so the first free time
 * is within its check-in window now), checks in at the real kiosk by typing the code on its keys, gets a priority
 * ticket marked as the appointment's, and is called at counter 1.
 */
class AppointmentJourneyIT extends BrowserIT {

    /** As long as the booking form takes, with every diacritic a name can carry. */
    private static final String LONGEST_NAME =
            "Tôn Nữ Hoàng Khánh Quỳnh Nguyễn Huỳnh Thị Ngọc Phượng Trương Đặng Bảo Ngọc Lê Phạm Diễm Hương Trần Ý";

    @Test
    void a_citizen_books_on_the_phone_checks_in_at_the_kiosk_with_the_code_and_is_called_first() {
        MotcuaClient clerk = new MotcuaClient(stack.serverUrl());
        clerk.signInStaff(Ui.CLERK, Ui.PASSWORD);
        Office office = Office.centre(clerk);

        Page phone = screens.fresh(390, 844);
        phone.navigate(stack.serverUrl() + "/cong-khai/" + office.id() + "/dat-lich");
        phone.locator("select#area").selectOption(new SelectOption().setLabel(Ui.AREA_A));
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem giờ còn trống"))
                .click();
        phone.locator("input[name=slot]").first().check();
        phone.locator("input#name").pressSequentially(LONGEST_NAME);
        phone.locator("input#phone").pressSequentially("0912 345 678");
        phone.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Đặt lịch").setExact(true))
                .click();
        Locator code = phone.locator("p.c");
        assertThat(code).hasText(Pattern.compile("LH-[2-9A-Z]{4}-[2-9A-Z]{4}"));
        assertThat(phone.locator("img[src^='data:image/png']")).isVisible();
        String booked = code.textContent().trim();
        Screens.screenshot(phone, "e2e-appointment-booked.png");

        Page kiosk = screens.paired(Ui.KIOSK, Ui.KIOSK_SECRET, 1080, 1920);
        kiosk.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Đã đặt lịch hẹn").setExact(true))
                .click();
        for (char c : booked.substring(3).replace("-", "").toCharArray()) {
            kiosk.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName(String.valueOf(c))
                                    .setExact(true))
                    .click();
        }
        assertThat(kiosk.locator(".appointment-code")).hasText(booked);
        kiosk.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Nhận số thứ tự").setExact(true))
                .click();
        assertThat(kiosk.locator(".ticket-label"))
                .hasText(Ui.KIOSK_YOUR_NUMBER, new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(kiosk.locator(".ticket-priority")).hasText("Đối tượng ưu tiên: Đã đặt lịch hẹn");
        String number = kiosk.locator(".ticket-number").textContent().trim();
        Screens.screenshot(kiosk, "e2e-appointment-kiosk.png");

        TicketView called = clerk.queue().callNext(office.id(), office.counter1());
        assertThat(called.code()).isEqualTo(number);
        assertThat(called.appointment()).isEqualTo(booked);
        assertThat(called.priority()).isEqualTo(PriorityGroup.APPOINTMENT);
        clerk.queue().start(office.id(), office.counter1());
        clerk.queue().finish(office.id(), office.counter1());
    }
}
