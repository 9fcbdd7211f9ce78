package vn.motcua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.DossierApplicant;
import vn.motcua.client.api.DossierDelivery;
import vn.motcua.client.api.DossierDocument;
import vn.motcua.client.api.DossierDocumentForm;
import vn.motcua.client.api.DossierHandover;
import vn.motcua.client.api.DossierRequest;
import vn.motcua.client.api.ProcedureView;

/**
 * The counter-app in real Chromium: a clerk finds a dossier of the demo catalogue, records its hand-over to a
 * specialist department and officer and its return to the desk (typed with real key events, the longest real names,
 * the time left as offered), sees both in the dossier's hand-overs, and the control slip the link opens prints them.
 */
class DossierHandoverIT extends BrowserIT {

    private static final String BRANCH = "Chi nhánh Văn phòng Đăng ký đất đai khu vực Vĩnh Yên - Tam Dương - Tam Đảo"
            + " thuộc Văn phòng Đăng ký đất đai tỉnh Phú Thọ";
    private static final String OFFICER = "Nguyễn Hoàng Thị Thanh Phương";
    /** canbo1 in the demo data. */
    private static final String CLERK_NAME = "Trần Thị Lan";

    private static final String APPLICANT =
            "Công ty Cổ phần Đầu tư Xây dựng và Phát triển Hạ tầng Kỹ thuật Đô thị Vĩnh Phúc - Phú Thọ";
    private static final double TEN_SECONDS = 10_000;

    @Test
    void a_clerk_hands_a_dossier_to_a_department_officer_and_back_and_the_control_slip_prints_both() throws Exception {
        MotcuaClient api = new MotcuaClient(stack.serverUrl());
        api.signInStaff(Ui.CLERK, Ui.PASSWORD);
        Office office = Office.centre(api);
        // the demo catalogue's longest name, as a newcomer would find it
        ProcedureView procedure = api.offices().procedures(office.id(), null).stream()
                .max(Comparator.comparingInt(p -> p.name().length()))
                .orElseThrow();
        String code = api.dossiers()
                .registerDossier(
                        office.id(),
                        new DossierRequest(
                                procedure.id(),
                                new DossierApplicant(
                                        APPLICANT,
                                        "2600123456",
                                        "Lô CN-12, Khu công nghiệp Khai Quang, phường Vĩnh Phúc, tỉnh Phú Thọ",
                                        "0211 3862 555",
                                        null),
                                procedure.requiredDocuments().stream()
                                        .map(name -> new DossierDocument(name, DossierDocumentForm.ORIGINAL, 1))
                                        .toList(),
                                DossierDelivery.COUNTER,
                                null))
                .code();

        CounterApp clerk = CounterApp.signIn(screens.fresh(1920, 1080), stack.counterUrl(), Ui.CLERK)
                .choosePlace(Ui.OFFICE, 1)
                .openConsole();
        Page page = clerk.page();
        page.locator("vaadin-button.dossier-action")
                .filter(new Locator.FilterOptions().setHasText("Tra cứu hồ sơ"))
                .click();
        page.getByLabel("Mã hồ sơ", new Page.GetByLabelOptions().setExact(true)).pressSequentially(code);
        button(page, "Tìm").click();
        assertThat(page.locator(".dossier-code")).hasText(code);

        // right after the receipt, as at a real desk: the time offered is the minute the dialog opened in
        handOver(page, BRANCH, OFFICER, "Chuyển thụ lý, thẩm định hồ sơ");
        Locator handovers = page.locator(".dossier-handovers");
        assertThat(handovers)
                .containsText(
                        OFFICER + " · " + BRANCH, new LocatorAssertions.ContainsTextOptions().setTimeout(TEN_SECONDS));

        button(page, "Ghi nhận chuyển giao").click();
        button(page, "Trả về Bộ phận Một cửa").click();
        assertThat(field(page, "Cơ quan, phòng chuyên môn nhận hồ sơ")).hasValue(Ui.OFFICE);
        field(page, "Công chức nhận hồ sơ").pressSequentially(CLERK_NAME);
        field(page, "Kết quả xử lý, ghi chú").pressSequentially("Đã có kết quả, trả Bộ phận Một cửa");
        send(page);
        // the giver of the first row reads the same as the receiver of the second: its note tells them apart
        assertThat(handovers)
                .containsText(
                        "Đã có kết quả, trả Bộ phận Một cửa",
                        new LocatorAssertions.ContainsTextOptions().setTimeout(TEN_SECONDS));
        assertThat(handovers).containsText(CLERK_NAME + " · " + Ui.OFFICE);
        assertThat(handovers).containsText(OFFICER + " · " + BRANCH);

        List<DossierHandover> recorded = api.dossiers().handovers(office.id(), code);
        assertThat(recorded).hasSize(2);
        assertThat(recorded.get(0)).satisfies(h -> {
            assertThat(h.fromUnit()).isEqualTo(Ui.OFFICE);
            assertThat(h.fromOfficer()).isEqualTo(CLERK_NAME);
            assertThat(h.toUnit()).isEqualTo(BRANCH);
            assertThat(h.toOfficer()).isEqualTo(OFFICER);
        });
        assertThat(recorded.get(1)).satisfies(h -> {
            assertThat(h.fromUnit()).isEqualTo(BRANCH);
            assertThat(h.fromOfficer()).isEqualTo(OFFICER);
            assertThat(h.toUnit()).isEqualTo(Ui.OFFICE);
            assertThat(h.toOfficer()).isEqualTo(CLERK_NAME);
        });

        String slip = controlSlipText(page);
        assertThat(slip)
                .contains(
                        "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
                        "Mã hồ sơ: " + code,
                        "Tiếp nhận hồ sơ của: " + APPLICANT,
                        "Nội dung yêu cầu giải quyết: " + procedure.name().replaceAll("\\s+", " "),
                        "1. Giao: " + Ui.OFFICE,
                        "2. Nhận: " + BRANCH,
                        "Người giao: " + CLERK_NAME,
                        "Người nhận: " + OFFICER,
                        "Chuyển thụ lý, thẩm định hồ sơ",
                        "1. Giao: " + BRANCH,
                        "2. Nhận: " + Ui.OFFICE,
                        "Người giao: " + OFFICER,
                        "Người nhận: " + CLERK_NAME,
                        "Đã có kết quả, trả Bộ phận Một cửa");
    }

    private static void handOver(Page page, String unit, String officer, String note) {
        button(page, "Ghi nhận chuyển giao").click();
        field(page, "Cơ quan, phòng chuyên môn nhận hồ sơ").pressSequentially(unit);
        field(page, "Công chức nhận hồ sơ").pressSequentially(officer);
        field(page, "Kết quả xử lý, ghi chú").pressSequentially(note);
        send(page);
    }

    /**
     * "Ghi nhận", then the dialog gone: the hand-over was recorded (a refusal keeps it open with the field in error,
     * which the failure then shows).
     */
    private static void send(Page page) {
        button(page, "Ghi nhận").click();
        Locator officer = field(page, "Công chức nhận hồ sơ");
        try {
            officer.waitFor(new Locator.WaitForOptions()
                    .setState(WaitForSelectorState.HIDDEN)
                    .setTimeout(TEN_SECONDS));
        } catch (PlaywrightException e) {
            throw new AssertionError(
                    "The hand-over dialog stayed open; the page reads:\n"
                            + page.locator("body").innerText(),
                    e);
        }
    }

    /**
     * The slip the link opens in a new tab, fetched by the page itself (its session, as the click would) and read back
     * as text.
     */
    private static String controlSlipText(Page page) throws Exception {
        Locator link = page.getByRole(
                AriaRole.LINK,
                new Page.GetByRoleOptions()
                        .setName("In phiếu kiểm soát quá trình giải quyết hồ sơ")
                        .setExact(true));
        assertThat(link).isVisible();
        String href = link.getAttribute("href");
        String fetched = (String) page.evaluate("""
                async href => {
                  const response = await fetch(href);
                  const type = response.headers.get('content-type') || '';
                  if (!response.ok || !type.startsWith('application/pdf')) {
                    return 'HTTP ' + response.status + ' ' + type;
                  }
                  const bytes = new Uint8Array(await response.arrayBuffer());
                  let binary = '';
                  for (const b of bytes) binary += String.fromCharCode(b);
                  return 'PDF ' + btoa(binary);
                }""", href);
        assertThat(fetched).as("the control slip at " + href).startsWith("PDF ");
        try (PDDocument pdf = Loader.loadPDF(Base64.getDecoder().decode(fetched.substring(4)))) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
