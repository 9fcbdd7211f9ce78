package vn.motcua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.DossierApplicant;
import vn.motcua.client.api.DossierDelivery;
import vn.motcua.client.api.DossierDocument;
import vn.motcua.client.api.DossierDocumentForm;
import vn.motcua.client.api.DossierRequest;
import vn.motcua.client.api.DossierView;
import vn.motcua.client.api.ProcedureRequest;
import vn.motcua.client.api.ProcedureView;

/**
 * Every screen a citizen, a clerk or a head meets, checked by axe-core (Deque's rules, the copy bundled with its
 * Playwright binding) in real Chromium: no violation of serious or critical impact. Each screen is checked as it
 * stands after the steps that bring a person to it; the rules run over the Vaadin components' shadow roots too.
 * <p>
 * Runs after the journey (alphabetical order): the ticket it takes and the one the tablet rates are the centre's
 * own, and counter 1 is cleared afterwards like after every class.
 */
class ScreenAccessibilityIT extends BrowserIT {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final LocatorAssertions.HasTextOptions PATIENCE =
            new LocatorAssertions.HasTextOptions().setTimeout(30_000);

    @Test
    void the_kiosk_home_priority_result_look_up_and_feedback_screens_have_no_serious_violation() {
        Page kiosk = screens.paired(Ui.KIOSK, Ui.KIOSK_SECRET, 1080, 1920);
        SoftAssertions softly = new SoftAssertions();
        check(softly, kiosk, "kiosk home");

        button(kiosk, Ui.KIOSK_DOSSIER).click();
        assertThat(kiosk.locator(".lookup")).isVisible();
        check(softly, kiosk, "kiosk dossier look-up");

        kiosk.navigate(stack.kioskUrl() + "/");
        button(kiosk, Ui.KIOSK_PROCEDURES).click();
        assertThat(kiosk.locator(".procedures")).isVisible();
        check(softly, kiosk, "kiosk procedure look-up");

        kiosk.navigate(stack.kioskUrl() + "/");
        button(kiosk, Ui.KIOSK_FEEDBACK).click();
        assertThat(kiosk.locator(".feedback-categories")).isVisible();
        check(softly, kiosk, "kiosk feedback categories");
        button(kiosk, Ui.FEEDBACK_WAITING).click();
        assertThat(kiosk.locator("textarea.feedback-content")).isVisible();
        check(softly, kiosk, "kiosk feedback form");

        // the ticket last: its slip is printing from a hidden frame, and headless Chromium's renderer can crash
        // when a page is navigated away in the middle of a print
        kiosk.navigate(stack.kioskUrl() + "/");
        kiosk.locator("vaadin-button.area")
                .filter(new Locator.FilterOptions().setHasText(Ui.AREA_A))
                .click();
        assertThat(button(kiosk, Ui.KIOSK_PRIORITY_NONE)).isVisible();
        check(softly, kiosk, "kiosk priority choice");
        button(kiosk, Ui.KIOSK_PRIORITY_NONE).click();
        assertThat(kiosk.locator(".ticket-label")).hasText(Ui.KIOSK_YOUR_NUMBER, PATIENCE);
        check(softly, kiosk, "kiosk ticket result");

        softly.assertAll();
    }

    @Test
    void the_hall_board_has_no_serious_violation_before_and_after_its_sound_is_switched_on() {
        Page board = screens.paired(Ui.DISPLAY, Ui.DISPLAY_SECRET, 1920, 1080);
        SoftAssertions softly = new SoftAssertions();
        check(softly, board, "board asking for sound");
        board.locator("vaadin-button.board-sound-button").click();
        assertThat(board.locator(".board-offline")).isHidden();
        check(softly, board, "board");
        softly.assertAll();
    }

    @Test
    void the_rating_tablet_at_rest_asking_and_asking_why_has_no_serious_violation() {
        Page tablet = screens.paired(Ui.TABLET, Ui.TABLET_SECRET, 1280, 800);
        assertThat(tablet.locator(".board-offline")).isHidden();
        SoftAssertions softly = new SoftAssertions();
        check(softly, tablet, "tablet at rest");

        MotcuaClient clerk = new MotcuaClient(stack.serverUrl());
        clerk.signInStaff(Ui.CLERK, Ui.PASSWORD);
        Office office = Office.centre(clerk);
        clerk.queue().issueTicket(office.id(), office.areaA(), null);
        clerk.queue().callNext(office.id(), office.counter1());
        clerk.queue().start(office.id(), office.counter1());
        clerk.queue().finish(office.id(), office.counter1());
        assertThat(tablet.locator(".rating-question")).hasText(Ui.RATING_QUESTION, PATIENCE);
        check(softly, tablet, "tablet question");

        button(tablet, Ui.RATING_DISSATISFIED).click();
        assertThat(button(tablet, Ui.RATING_SEND)).isVisible();
        check(softly, tablet, "tablet reasons");
        softly.assertAll();
    }

    @Test
    void the_sign_in_the_clerks_console_and_the_heads_board_and_feedback_have_no_serious_violation() {
        SoftAssertions softly = new SoftAssertions();
        Page signIn = screens.fresh(1920, 1080);
        signIn.navigate(stack.counterUrl() + "/");
        // the eye button of the password field speaks Vietnamese too, not the web component's "Show password"
        assertThat(signIn.locator("vaadin-login-form vaadin-password-field [slot=reveal]"))
                .hasAttribute(
                        "aria-label", Ui.SHOW_PASSWORD, new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
        check(softly, signIn, "counter-app sign-in");
        CounterApp console = CounterApp.signIn(signIn, stack.counterUrl(), "canbo2")
                .choosePlace(Ui.OFFICE, 2)
                .openConsole();
        assertThat(console.action(Ui.CALL_NEXT)).isVisible();
        check(softly, console.page(), "clerk console");

        CounterApp head = CounterApp.signIn(screens.fresh(1920, 1080), stack.counterUrl(), Ui.HEAD)
                .choosePlace(Ui.OFFICE, null)
                .openBoard();
        assertThat(head.page().locator(".area-tile").first()).isVisible();
        check(softly, head.page(), "head's board");
        head.follow(Ui.FEEDBACK_NAV, "/phan-anh");
        assertThat(head.page().locator(".feedback-inbox")).isVisible();
        check(softly, head.page(), "head's feedback");
        head.follow(Ui.APPOINTMENTS_NAV, "/lich-hen");
        assertThat(head.page().locator(".appointments-summary")).isVisible();
        check(softly, head.page(), "the day's appointments");
        softly.assertAll();
    }

    @Test
    void the_public_ticket_dossier_and_booking_pages_have_no_serious_violation_in_either_language() {
        MotcuaClient clerk = new MotcuaClient(stack.serverUrl());
        clerk.signInStaff(Ui.CLERK, Ui.PASSWORD);
        Office office = Office.centre(clerk);
        String ticket = clerk.queue()
                .issueTicket(office.id(), office.areaA(), null)
                .ticket()
                .id();
        DossierView dossier = aDossier(office);
        URI receipt = URI.create(dossier.lookupUrl());
        String dossierPage = stack.serverUrl() + receipt.getRawPath() + "?" + receipt.getRawQuery();

        Page phone = screens.fresh(390, 844);
        SoftAssertions softly = new SoftAssertions();
        for (String lang : List.of("vi", "en")) {
            phone.navigate(stack.serverUrl() + "/t/" + office.id() + "/" + ticket + "?lang=" + lang);
            check(softly, phone, "public ticket page (" + lang + ")");
            phone.navigate(dossierPage + "&lang=" + lang);
            assertThat(phone.locator("body")).containsText(dossier.code());
            check(softly, phone, "public dossier page (" + lang + ")");
            phone.navigate(stack.serverUrl() + "/cong-khai/" + office.id() + "/dat-lich?lang=" + lang + "&area="
                    + office.areaA() + "&day=" + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
            assertThat(phone.locator("input[name=slot]").first()).isVisible();
            check(softly, phone, "booking page with the day's free times (" + lang + ")");
        }
        softly.assertAll();
    }

    @Test
    void the_phone_ticket_pages_have_no_serious_violation_in_either_language() {
        MotcuaClient clerk = new MotcuaClient(stack.serverUrl());
        clerk.signInStaff(Ui.CLERK, Ui.PASSWORD);
        Office office = Office.centre(clerk);
        Page phone = screens.fresh(390, 844);
        SoftAssertions softly = new SoftAssertions();
        for (String lang : List.of("vi", "en")) {
            phone.navigate(stack.serverUrl() + "/cong-khai/" + office.id() + "/lay-so?lang=" + lang);
            check(softly, phone, "phone ticket form (" + lang + ")");
            phone.locator("input#phone").fill("vi".equals(lang) ? "0912 000 111" : "0912 000 222");
            phone.locator("form button[type=submit]").click();
            assertThat(phone.locator("#demo-code")).isVisible();
            check(softly, phone, "phone ticket code form with the demo banner (" + lang + ")");
        }
        softly.assertAll();
    }

    private static DossierView aDossier(Office office) {
        MotcuaClient admin = new MotcuaClient(stack.serverUrl());
        admin.signInStaff(Ui.ADMIN, Ui.PASSWORD);
        ProcedureView procedure = admin.offices()
                .createProcedure(
                        office.id(),
                        new ProcedureRequest(
                                "A11Y-" + UUID.randomUUID().toString().substring(0, 8),
                                "Chứng thực bản sao",
                                office.areaA(),
                                1,
                                List.of("Bản chính"),
                                "Miễn phí",
                                true));
        MotcuaClient clerk = new MotcuaClient(stack.serverUrl());
        clerk.signInStaff(Ui.CLERK, Ui.PASSWORD);
        return clerk.dossiers()
                .registerDossier(
                        office.id(),
                        new DossierRequest(
                                procedure.id(),
                                new DossierApplicant(
                                        "Trần Văn Bình", "001070012345", "Số 5 Lê Lợi", "0912000111", null),
                                List.of(new DossierDocument("Tờ khai", DossierDocumentForm.ORIGINAL, 1)),
                                DossierDelivery.COUNTER,
                                null));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /**
     * axe-core's serious and critical violations on the page as it stands, each with the elements it names; every
     * finding, of any impact, goes to e2e-logs/axe.txt for whoever wants to do better than the gate.
     */
    private static void check(SoftAssertions softly, Page page, String screen) {
        AxeResults results = new AxeBuilder(page).analyze();
        List<String> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .map(ScreenAccessibilityIT::describe)
                .toList();
        log(screen, results);
        softly.assertThat(results.getPasses())
                .as("axe-core ran its rules on the %s", screen)
                .isNotEmpty();
        softly.assertThat(blocking)
                .as("serious or critical axe-core violations on the %s", screen)
                .isEmpty();
    }

    private static void log(String screen, AxeResults results) {
        StringBuilder text = new StringBuilder("== ")
                .append(screen)
                .append(" (")
                .append(results.getUrl())
                .append(")\n");
        results.getViolations().forEach(rule -> text.append(describe(rule)).append('\n'));
        try {
            Path logs = Files.createDirectories(Path.of(System.getProperty("e2e.logs", "target/e2e-logs")));
            Files.writeString(logs.resolve("axe.txt"), text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .map(CheckedNode::getTarget)
                        .map(String::valueOf)
                        .toList();
    }
}
