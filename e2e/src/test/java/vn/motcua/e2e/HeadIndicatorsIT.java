package vn.motcua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The provincial centre's head opens the 766 index from the top bar: it shows the last whole quarter, each indicator
 * with its formula and band, the indicators the system cannot compute, and exports the table as XLSX, CSV and PDF.
 */
class HeadIndicatorsIT extends BrowserIT {

    @Test
    void the_head_opens_last_quarters_index_sees_why_2_1_is_what_it_is_and_exports_it() throws IOException {
        Page page = CounterApp.signIn(screens.fresh(1920, 1080), stack.counterUrl(), Ui.HEAD)
                .choosePlace(Ui.OFFICE, null)
                .openReview()
                .follow(Ui.INDICATORS_NAV, "/chi-so")
                .page();

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        LocalDate quarter = today.withDayOfMonth(1)
                .withMonth(3 * ((today.getMonthValue() - 1) / 3) + 1)
                .minusMonths(3);
        String period = quarter.getYear() + "-Q" + ((quarter.getMonthValue() - 1) / 3 + 1);
        assertThat(page.locator("vaadin-select").first().locator("vaadin-select-value-button"))
                .containsText("Quý " + ((quarter.getMonthValue() - 1) / 3 + 1) + "/" + quarter.getYear());
        Locator onTime = page.locator(".indicator-card[data-code='2.1']");
        assertThat(onTime).containsText(Ui.INDICATOR_2_1);
        assertThat(onTime).containsText("Số hồ sơ đã và đang xử lý trước hạn, đúng hạn trong kỳ");
        assertThat(page.locator(".indicator-card[data-code='5.4']")).containsText("tối đa 6 điểm");
        assertThat(page.locator(".indicators vaadin-grid").last()).containsText("3.3 Tỷ lệ hồ sơ nộp trực tuyến");

        onTime.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Ui.INDICATOR_WHY_LOW))
                .click();
        assertThat(page.getByText(Ui.INDICATOR_2_1 + ":")).isVisible();
        Screens.screenshot(page, "counter-indicators.png");

        Download xlsx = page.waitForDownload(
                () -> page.getByText(Ui.INDICATOR_EXPORT_XLSX).click());
        assertThat(xlsx.failure()).isNull();
        assertThat(xlsx.suggestedFilename())
                .as("%s", new String(Files.readAllBytes(xlsx.path()), StandardCharsets.UTF_8))
                .isEqualTo("chi-so-766-" + period + ".xlsx");
        byte[] book = Files.readAllBytes(xlsx.path());
        // an XLSX is a zip archive
        assertThat(new String(book, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");

        Download csv = page.waitForDownload(
                () -> page.getByText(Ui.INDICATOR_EXPORT_CSV).click());
        assertThat(csv.suggestedFilename()).isEqualTo("chi-so-766-" + period + ".csv");
        assertThat(Files.readString(csv.path(), StandardCharsets.UTF_8))
                .startsWith("\uFEFFCấp,Đơn vị,Xếp hạng,Mã chỉ số")
                .contains(Ui.OFFICE);

        Download pdf = page.waitForDownload(
                () -> page.getByText(Ui.INDICATOR_EXPORT_PDF).click());
        assertThat(pdf.suggestedFilename()).isEqualTo("chi-so-766-" + period + ".pdf");
        assertThat(Files.readString(pdf.path(), StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
    }
}
