package vn.motcua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.motcua.client.MotcuaClient;

/**
 * The counter-app in real Chromium: a clerk signs in through its login form, picks office and counter, and
 * calls, starts and finishes a ticket with the console's buttons; the counter's rating tablet (kiosk-app)
 * asks the citizen, who is not satisfied; the department head signs in and finds that rating in the review.
 * Screenshots: docs/screenshots/e2e-{console,review}.png (1920×1080).
 */
class CounterConsoleIT extends BrowserIT {

    private static final double TEN_SECONDS = 10_000;

    @Test
    void
            a_clerk_signs_in_calls_next_starts_and_finishes_and_the_rating_given_on_the_tablet_shows_on_the_heads_review() {
        Page tablet = screens.paired(Ui.TABLET, Ui.TABLET_SECRET, 1280, 800);
        assertThat(tablet.locator(".board-offline")).isHidden();

        // a citizen's ticket for area A, which counter 1 serves
        MotcuaClient api = new MotcuaClient(stack.serverUrl());
        api.signInStaff(Ui.CLERK, Ui.PASSWORD);
        Office office = Office.centre(api);
        String code = api.queue()
                .issueTicket(office.id(), office.areaA(), null)
                .ticket()
                .code();

        // the clerk: login form, office and counter, console
        CounterApp clerk = CounterApp.signIn(screens.fresh(1920, 1080), stack.counterUrl(), Ui.CLERK)
                .choosePlace(Ui.OFFICE, 1)
                .openConsole();
        Page console = clerk.page();
        assertThat(console.locator(".connection-banner")).isHidden();
        Locator status = console.locator(".current-ticket .current-status");
        Locator current = console.locator(".current-ticket .current-code");

        Locator callNext = clerk.action(Ui.CALL_NEXT);
        assertThat(callNext).isEnabled(new LocatorAssertions.IsEnabledOptions().setTimeout(TEN_SECONDS));
        callNext.click();
        assertThat(current).hasText(code);
        assertThat(status).hasText(Ui.STATUS_CALLED);

        clerk.action(Ui.START).click();
        assertThat(status).hasText(Ui.STATUS_SERVING);
        assertThat(current).hasText(code);
        Screens.screenshot(console, "e2e-console.png");

        clerk.action(Ui.FINISH).click();
        assertThat(status).hasText(Ui.CURRENT_NONE);
        assertThat(current).isHidden();

        // the tablet at counter 1 asks; the citizen is not satisfied: the wait was long
        assertThat(tablet.locator(".rating-question"))
                .hasText(Ui.RATING_QUESTION, new LocatorAssertions.HasTextOptions().setTimeout(TEN_SECONDS));
        assertThat(tablet.locator(".rating-ticket")).containsText(code);
        tablet.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName(Ui.RATING_DISSATISFIED)
                                .setExact(true))
                .click();
        Locator longWait = tablet.getByRole(
                AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(Ui.RATING_REASON_LONG_WAIT).setExact(true));
        longWait.click();
        assertThat(longWait).hasAttribute("aria-pressed", "true");
        tablet.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(Ui.RATING_SEND).setExact(true))
                .click();
        assertThat(tablet.locator(".rating-thanks")).hasText(Ui.RATING_THANKS);

        // the head: login form, office, review (this month to today): one dissatisfied rating, that ticket's
        CounterApp head = CounterApp.signIn(screens.fresh(1920, 1080), stack.counterUrl(), Ui.HEAD)
                .choosePlace(Ui.OFFICE, null)
                .openReview();
        Page review = head.page();
        assertThat(review.locator(".top-bar h1")).hasText(Ui.REVIEW_TITLE);
        Locator ticketCell = review.locator("vaadin-grid.ratings vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*" + code + "\\s*$")));
        awaitOnReview(review, ticketCell, Duration.ofSeconds(10));
        Locator dissatisfied = review.locator(".level-tile.level-dissatisfied");
        assertThat(dissatisfied.locator(".level-count")).hasText("1");
        assertThat(dissatisfied.locator(".level-name")).hasText(Ui.REVIEW_DISSATISFIED);
        Locator cells = review.locator("vaadin-grid.ratings vaadin-grid-cell-content");
        assertThat(cells.filter(new Locator.FilterOptions().setHasText(Ui.REVIEW_REASON_LONG_WAIT))
                        .first())
                .isVisible();

        Screens.screenshot(review, "e2e-review.png");

        // the same rating alone, once the head narrows the list to "Không hài lòng"
        dissatisfied.click();
        assertThat(review.locator(".review-drill")).containsText("1 lượt “" + Ui.REVIEW_DISSATISFIED + "”");
        assertThat(ticketCell).isVisible();

        // the head signs out (Spring Security ends the session): the review now sends this browser to sign in
        review.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(Ui.SIGN_OUT).setExact(true))
                .click();
        review.waitForURL(url -> url.endsWith("/dang-nhap"));
        review.navigate(stack.counterUrl() + "/danh-gia");
        review.waitForURL(url -> url.endsWith("/dang-nhap"));
        assertThat(review.locator("vaadin-login-form")).isVisible();
    }

    /** The rating is saved before the tablet thanks; should the review still miss it, it is opened again. */
    private static void awaitOnReview(Page review, Locator ticketCell, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            try {
                assertThat(ticketCell).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(2_000));
                return;
            } catch (AssertionError notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw notYet;
                }
                review.reload();
            }
        }
    }
}
