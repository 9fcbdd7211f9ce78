package vn.motcua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The administrator adds a service area in the counter-app's administration, and the hall's kiosk offers it
 * soon after: the server caches an office for 5 s, and the kiosk reads it when its page loads, so the kiosk
 * page is reloaded until the new area's button is there. Likewise a procedure imported from a CSV file is in the
 * kiosk's catalogue the next time a citizen opens it (the catalogue is read then, and not cached). Last in the run
 * (alphabetically), so the other classes' screenshots show only the demo areas.
 */
class OfficeAdministrationIT extends BrowserIT {

    /** Not one of the demo data's prefixes (A–G) and not used by any other class of the run. */
    private static final String PREFIX = "K";

    private static final String CODE = "THUNGHIEM";
    private static final String NAME = "Lĩnh vực thử nghiệm";
    private static final Duration KIOSK_PATIENCE = Duration.ofSeconds(20);
    private static final String PROCEDURE = "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam";
    /** One procedure, in the demo's justice area (E); the code is not one a real catalogue uses. */
    private static final String CSV = "code,name,processing_days,area_code,required_documents,fee\n"
            + "E2E.0001," + PROCEDURE + ",10,TUPHAP,Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp|Bản chụp thẻ căn cước,"
            + "200.000 đồng/lần\n";

    @Test
    void an_admin_adds_a_service_area_and_a_kiosk_offers_it() {
        Page kiosk = screens.paired(Ui.KIOSK, Ui.KIOSK_SECRET, 1080, 1920);
        assertThat(areaButton(kiosk)).hasCount(0);

        CounterApp admin = CounterApp.signIn(screens.fresh(1920, 1080), stack.counterUrl(), Ui.ADMIN)
                .choosePlace(Ui.OFFICE, null)
                .openAdministration();
        Locator areas = admin.page().locator(".admin-areas");
        field(areas, Ui.ADMIN_AREA_CODE).fill(CODE);
        field(areas, Ui.ADMIN_AREA_NAME).fill(NAME);
        field(areas, Ui.ADMIN_AREA_PREFIX).fill(PREFIX);
        field(areas, Ui.ADMIN_AREA_PREFIX).blur();
        areas.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(Ui.ADMIN_ADD).setExact(true))
                .click();
        assertThat(admin.page().getByText(Ui.ADMIN_AREA_SAVED + " “" + NAME + "”"))
                .isVisible();
        // ready for the next one: empty, and not red for being empty
        assertThat(field(areas, Ui.ADMIN_AREA_CODE)).hasValue("");
        assertThat(field(areas, Ui.ADMIN_AREA_NAME)).hasValue("");
        assertThat(areas.locator(".admin-form [invalid]")).hasCount(0);
        assertThat(areas.locator("vaadin-grid vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*" + CODE + "\\s*$"))))
                .isVisible();
        Instant added = Instant.now();

        // the kiosk: reloaded until it offers the new area; then two taps, and the area's first number
        Locator button = areaButton(kiosk);
        Instant deadline = added.plus(KIOSK_PATIENCE);
        while (button.count() == 0) {
            assertThat(Instant.now())
                    .as("the kiosk offers the new area within %s", KIOSK_PATIENCE)
                    .isBefore(deadline);
            kiosk.waitForTimeout(1_000);
            kiosk.reload();
            assertThat(kiosk.locator(".kiosk-areas vaadin-button.area").first()).isVisible();
        }
        System.out.printf(
                "[e2e] the kiosk offered the new area %.1f s after it was added%n",
                Duration.between(added, Instant.now()).toMillis() / 1000.0);
        assertThat(button.locator(".area-name")).hasText(NAME);
        button.click();
        kiosk.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName(Ui.KIOSK_PRIORITY_NONE)
                                .setExact(true))
                .click();
        // a new area's first slip compiles and fills its report, which takes seconds on a busy machine
        assertThat(kiosk.locator(".ticket-label"))
                .hasText(Ui.KIOSK_YOUR_NUMBER, new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        Locator number = kiosk.locator(".ticket-number");
        assertThat(number).isVisible();
        assertThat(number.textContent().trim())
                .as("the first number of the new area")
                .isEqualTo(PREFIX + "001");
    }

    @Test
    void an_admin_imports_a_procedure_from_a_csv_file_and_the_kiosk_catalogue_lists_it() {
        CounterApp admin = CounterApp.signIn(screens.fresh(1920, 1080), stack.counterUrl(), Ui.ADMIN)
                .choosePlace(Ui.OFFICE, null)
                .openAdministration();
        Page page = admin.page();
        page.getByRole(
                        AriaRole.TAB,
                        new Page.GetByRoleOptions()
                                .setName(Ui.ADMIN_PROCEDURES_TAB)
                                .setExact(true))
                .click();
        Locator procedures = page.locator(".admin-procedures");
        FileChooser chooser = page.waitForFileChooser(() -> procedures
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions()
                                .setName(Ui.ADMIN_CSV_CHOOSE)
                                .setExact(true))
                .click());
        chooser.setFiles(new FilePayload("thu-tuc.csv", "text/csv", CSV.getBytes(StandardCharsets.UTF_8)));
        assertThat(procedures.locator(".import-done")).hasText(Ui.ADMIN_CSV_ONE_NEW);
        // the demo's own catalogue fills the grid past its height, and a grid draws only the rows in view
        procedures
                .locator("input[placeholder=\"" + Ui.ADMIN_PROCEDURE_SEARCH + "\"]")
                .pressSequentially("E2E");
        Locator row = procedures
                .locator("vaadin-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(PROCEDURE));
        assertThat(row).isVisible();
        row.click();
        assertThat(field(procedures, Ui.ADMIN_PROCEDURE_CODE)).hasValue("E2E.0001");
        Screens.screenshot(page, "e2e-admin-procedures.png");

        Page kiosk = screens.paired(Ui.KIOSK, Ui.KIOSK_SECRET, 1080, 1920);
        kiosk.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(Ui.KIOSK_PROCEDURES).setExact(true))
                .click();
        kiosk.locator(".procedure-item")
                .filter(new Locator.FilterOptions().setHasText(PROCEDURE))
                .click();
        assertThat(kiosk.locator(".procedure-name")).hasText(PROCEDURE);
        assertThat(kiosk.locator(".procedure-documents li"))
                .hasText(new String[] {"Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", "Bản chụp thẻ căn cước"});
        assertThat(kiosk.locator(".procedure-fee")).containsText("200.000 đồng/lần");
    }

    private static Locator areaButton(Page kiosk) {
        return kiosk.locator(".kiosk-areas vaadin-button.area")
                .filter(new Locator.FilterOptions()
                        .setHas(kiosk.locator(
                                ".area-prefix",
                                new Page.LocatorOptions().setHasText(Pattern.compile("^\\s*" + PREFIX + "\\s*$")))));
    }

    private static Locator field(Locator form, String label) {
        return form.getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
    }
}
