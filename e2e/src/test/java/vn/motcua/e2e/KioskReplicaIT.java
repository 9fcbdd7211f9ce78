package vn.motcua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The server keeps the screens' pairings (decision 20): a board paired on one kiosk-app opens its own screen on a
 * second kiosk-app that never saw it, as when its replica is killed and the proxy sends it to another.
 */
class KioskReplicaIT extends BrowserIT {

    @Test
    void a_board_paired_on_one_replica_opens_its_board_on_another_that_never_saw_it() {
        Page board = screens.paired(Ui.DISPLAY, Ui.DISPLAY_SECRET, 1920, 1080);
        assertThat(board).hasURL(Pattern.compile(".*/display$"));

        String replica = stack.startKioskReplica();
        // the pairing cookie belongs to the host, whatever the port: the browser brings it along as through the proxy
        board.navigate(replica + "/");

        board.waitForURL(url -> url.startsWith(replica) && url.endsWith("/display"));
        assertThat(board.locator(".board")).isVisible();
    }
}
