package vn.motcua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;

/**
 * The counter-app (clerks, heads, administrators) as a person uses it in a browser of its own: the login
 * form at "/", then the place picker ("/chon-quay") and from there the console ("/quay"), the head's review
 * ("/danh-gia") or the administration ("/quan-tri"). Texts from counter-app's messages.properties ({@link Ui}).
 */
final class CounterApp {

    private static final String STYLED = "() => [...document.styleSheets].some(s => s.href"
            + " && s.href.includes('/styles/counter.css') && s.cssRules.length > 0)";

    private final Page page;

    private CounterApp(Page page) {
        this.page = page;
    }

    /**
     * Signs in through the login form, typing as a person does, and lands on the place picker with a session
     * id other than the one the browser had before (no session fixation).
     */
    static CounterApp signIn(Page page, String counterUrl, String username) {
        page.navigate(counterUrl + "/");
        Locator form = page.locator("vaadin-login-form");
        form.waitFor();
        // the app's stylesheet (./styles/counter.css?v-c=…) comes with this first page, never again after sign-in
        Assertions.assertThat(page.evaluate(STYLED))
                .as("the app's stylesheet loaded on the sign-in page")
                .isEqualTo(true);
        form.getByLabel(Ui.SIGN_IN_USERNAME, new Locator.GetByLabelOptions().setExact(true))
                .pressSequentially(username);
        form.getByLabel(Ui.SIGN_IN_PASSWORD, new Locator.GetByLabelOptions().setExact(true))
                .pressSequentially(Ui.PASSWORD);
        String sessionBefore = sessionId(page, counterUrl);
        form.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions()
                                .setName(Ui.SIGN_IN_SUBMIT)
                                .setExact(true))
                .click();
        page.waitForURL(url -> url.endsWith("/chon-quay"));
        Assertions.assertThat(sessionId(page, counterUrl)).isNotNull().isNotEqualTo(sessionBefore);
        return new CounterApp(page);
    }

    private static String sessionId(Page page, String counterUrl) {
        return page.context().cookies(counterUrl).stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .map(c -> c.value)
                .findFirst()
                .orElse(null);
    }

    Page page() {
        return page;
    }

    /** The place picker: the office (by name) and, if given, the counter (by its number). */
    CounterApp choosePlace(String office, Integer counterNumber) {
        choose(Ui.PLACE_OFFICE, office);
        if (counterNumber != null) {
            // "Quầy 1 — A Đầu tư - Kế hoạch, B Xây dựng"; the " —" keeps "Quầy 10" out
            choose(Ui.PLACE_COUNTER, Ui.PLACE_COUNTER + " " + counterNumber + " —");
        }
        return this;
    }

    /** "Vào quầy": the clerk's console for the chosen counter. */
    CounterApp openConsole() {
        return open(Ui.PLACE_OPEN_CONSOLE, "/quay");
    }

    /** "Bảng điều hành": the head's live board of the office. */
    CounterApp openBoard() {
        return open(Ui.PLACE_OPEN_BOARD, "/dieu-hanh");
    }

    /** "Đánh giá & thời gian": the head's review, from the first of this month to today. */
    CounterApp openReview() {
        return open(Ui.PLACE_OPEN_REVIEW, "/danh-gia");
    }

    /** "Quản trị": the office's administration, on its service areas tab. */
    CounterApp openAdministration() {
        return open(Ui.PLACE_OPEN_ADMIN, "/quan-tri");
    }

    /** A link of the top bar, which every signed-in screen has, to the screen at {@code path}. */
    CounterApp follow(String link, String path) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(link).setExact(true))
                .click();
        page.waitForURL(url -> url.endsWith(path));
        return this;
    }

    /** One of the console's action buttons ("Gọi tiếp", "Bắt đầu", ...): its text, then its key hint. */
    Locator action(String text) {
        return page.locator("vaadin-button.action").filter(new Locator.FilterOptions().setHasText(text));
    }

    private CounterApp open(String button, String path) {
        Locator open = page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true));
        assertThat(open).isEnabled();
        open.click();
        page.waitForURL(url -> url.endsWith(path));
        return this;
    }

    /** A vaadin-select by the text of its label (the office's never holds "Quầy", the counter's never "Đơn vị"). */
    private void choose(String label, String item) {
        Locator select = page.locator("vaadin-select")
                .filter(new Locator.FilterOptions().setHasText(label))
                .first();
        select.click();
        try {
            page.locator("vaadin-select-item")
                    .filter(new Locator.FilterOptions().setHasText(item))
                    .first()
                    .click(new Locator.ClickOptions().setTimeout(10_000));
        } catch (RuntimeException e) {
            String dom = (String) page.evaluate("""
                    () => { const walk = n => n.outerHTML + (n.shadowRoot ? '<!--shadow-->' + n.shadowRoot.innerHTML : '');
                            return [...document.querySelectorAll('vaadin-select, vaadin-select-item, vaadin-select-overlay')]
                              .map(walk).join('\\n\\n'); }""");
            throw new AssertionError("No item \"" + item + "\" in the select \"" + label + "\":\n" + dom, e);
        }
        assertThat(select.locator("vaadin-select-value-button")).containsText(item);
    }
}
