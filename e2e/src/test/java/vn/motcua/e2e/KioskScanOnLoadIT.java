package vn.motcua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * A kiosk just started (or reloaded) reads a scan at once: the handheld scanner types into whatever has the focus,
 * so the scanner's input must have it as soon as the home screen shows, before anyone has tapped anything. The scan
 * is typed with real key events, as a keyboard wedge sends them. Takes no ticket.
 */
class KioskScanOnLoadIT extends BrowserIT {

    private static final String CARD =
            "001050012345|012345678|Nguyễn Văn An|01011950|Nam|Số 1 Tràng Tiền, Hà Nội|15032021";

    @Test
    void an_id_card_scanned_right_after_the_page_loads_greets_the_citizen() {
        Page kiosk = screens.paired(Ui.KIOSK, Ui.KIOSK_SECRET, 1080, 1920);
        kiosk.reload();
        assertThat(kiosk.locator("vaadin-button.area").first()).isVisible();

        kiosk.waitForCondition(() -> (Boolean) kiosk.evaluate(
                "() => document.activeElement && document.activeElement.classList.contains('kiosk-scanner')"));
        kiosk.keyboard().type(CARD);
        kiosk.keyboard().press("Enter");

        assertThat(kiosk.locator(".kiosk-greeting")).hasText("Xin chào Ông/Bà Nguyễn Văn An");
        assertThat((String) kiosk.evaluate("() => document.querySelector('meta[name=viewport]').content"))
                .as("no pinch zoom on the shared kiosk")
                .contains("user-scalable=no");
    }

    @Test
    void the_hall_board_can_be_zoomed_by_whoever_needs_it_larger() {
        Page board = screens.paired(Ui.DISPLAY, Ui.DISPLAY_SECRET, 1920, 1080);

        assertThat((String) board.evaluate("() => document.querySelector('meta[name=viewport]').content"))
                .doesNotContain("user-scalable")
                .doesNotContain("maximum-scale");
    }
}
