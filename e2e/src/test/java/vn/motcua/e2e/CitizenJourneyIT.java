package vn.motcua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.RatingView;
import vn.motcua.client.api.TicketView;

/**
 * One citizen's visit through the real server, the real kiosk-app and real Chromium: the kiosk, the hall
 * board and the counter's rating tablet, each a browser paired as its demo device; the clerk's steps go
 * through the API as the counter app would send them.
 */
class CitizenJourneyIT extends BrowserIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final double TEN_SECONDS = 10_000;

    @Test
    void a_citizen_takes_a_ticket_on_the_kiosk_sees_it_called_on_the_board_and_rates_the_service_on_the_tablet()
            throws Exception {
        Page kiosk = screens.paired(Ui.KIOSK, Ui.KIOSK_SECRET, 1080, 1920);
        Page board = screens.paired(Ui.DISPLAY, Ui.DISPLAY_SECRET, 1920, 1080);
        Page tablet = screens.paired(Ui.TABLET, Ui.TABLET_SECRET, 1280, 800);
        // the hall's TV asks for a tap before it may speak; the tap also clears the overlay off the board
        board.locator("vaadin-button.board-sound-button").click();
        // live subscriptions up: the "offline" badge hides once the board and the tablet are connected
        assertThat(board.locator(".board-offline")).isHidden();
        assertThat(tablet.locator(".board-offline")).isHidden();

        // the citizen: area A, then no priority
        kiosk.locator("vaadin-button.area")
                .filter(new Locator.FilterOptions().setHasText(Ui.AREA_A))
                .click();
        kiosk.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName(Ui.KIOSK_PRIORITY_NONE)
                                .setExact(true))
                .click();
        // the first ticket of a fresh server also fills its first slip report, which takes seconds on a busy machine
        assertThat(kiosk.locator(".ticket-label"))
                .hasText(Ui.KIOSK_YOUR_NUMBER, new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        Locator number = kiosk.locator(".ticket-number");
        assertThat(number).isVisible();
        String code = number.textContent().trim();
        assertThat(code).as("the ticket number on the kiosk").matches("A\\d+");

        // the clerk at counter 1 calls the next citizen: that ticket, shown on the board with the counter
        MotcuaClient clerk = new MotcuaClient(stack.serverUrl());
        clerk.signInStaff(Ui.CLERK, Ui.PASSWORD);
        Office office = Office.centre(clerk);
        TicketView called = clerk.queue().callNext(office.id(), office.counter1());
        assertThat(called.code()).isEqualTo(code);
        Locator latest = board.locator(".board-call-latest");
        assertThat(latest.locator(".call-number"))
                .hasText(code, new LocatorAssertions.HasTextOptions().setTimeout(TEN_SECONDS));
        assertThat(latest.locator(".call-counter")).hasText(Ui.COUNTER_1);

        // served: the tablet on that counter asks the citizen, who is very satisfied
        clerk.queue().start(office.id(), office.counter1());
        clerk.queue().finish(office.id(), office.counter1());
        assertThat(tablet.locator(".rating-question"))
                .hasText(Ui.RATING_QUESTION, new LocatorAssertions.HasTextOptions().setTimeout(TEN_SECONDS));
        assertThat(tablet.locator(".rating-ticket")).containsText(code);
        tablet.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName(Ui.RATING_VERY_SATISFIED)
                                .setExact(true))
                .click();
        assertThat(tablet.locator(".rating-thanks")).hasText(Ui.RATING_THANKS);

        screenshot(kiosk, "e2e-kiosk.png");
        screenshot(board, "e2e-board.png");
        screenshot(tablet, "e2e-tablet.png");

        // the rating is stored: the department head finds it among today's ratings
        assertThat(ratedTicketCodes(office.id(), code, Duration.ofSeconds(10)))
                .as("ticket codes of today's ratings, as the head (lanhdao) lists them")
                .contains(code);
    }

    /** Today's ratings as the head (lanhdao) lists them, asked again until the code shows up or time runs out. */
    private static List<String> ratedTicketCodes(long officeId, String expected, Duration patience) {
        MotcuaClient head = new MotcuaClient(stack.serverUrl());
        head.signInStaff(Ui.HEAD, Ui.PASSWORD);
        LocalDate today = LocalDate.now(VIETNAM);
        return await().atMost(patience)
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> head.ratings().ratings(officeId, today, today, null, null, null).stream()
                                .map(RatingView::ticketCode)
                                .toList(),
                        codes -> codes.contains(expected));
    }

    private static void screenshot(Page page, String name) throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getProperty("e2e.screenshots", "../docs/screenshots")));
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name)));
    }
}
