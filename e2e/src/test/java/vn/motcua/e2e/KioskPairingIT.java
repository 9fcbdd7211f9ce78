package vn.motcua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The kiosk-app's pairing page as a new screen opens it from the administration's pairing QR code
 * ({@code /pair?code=…}): the code is filled in, the secret has the focus, and a missing field is named.
 */
class KioskPairingIT extends BrowserIT {

    // kiosk-app/src/main/resources/messages.properties
    private static final String SECRET_REQUIRED = "Vui lòng nhập mật khẩu thiết bị.";
    private static final String CODE_REQUIRED = "Vui lòng nhập mã thiết bị.";

    @Test
    void the_pairing_qr_codes_link_fills_in_the_device_code_and_an_empty_field_is_named() {
        Page page = screens.fresh(1080, 1920);
        page.navigate(stack.kioskUrl() + "/pair?code=" + Ui.KIOSK);
        Locator code = page.locator("vaadin-text-field input");
        Locator secret = page.locator("vaadin-password-field input");
        Locator pair = page.getByRole(
                AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(Ui.PAIR_SUBMIT).setExact(true));
        // the first page of a kiosk-app just started may take a while on a loaded machine
        code.waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        assertThat(code).hasValue(Ui.KIOSK);
        assertThat(secret).isFocused();

        pair.click();
        assertThat(page.locator(".pair-error")).hasText(SECRET_REQUIRED);

        code.clear();
        secret.pressSequentially(Ui.KIOSK_SECRET);
        pair.click();
        assertThat(page.locator(".pair-error")).hasText(CODE_REQUIRED);
        assertThat(code).isFocused();
    }
}
