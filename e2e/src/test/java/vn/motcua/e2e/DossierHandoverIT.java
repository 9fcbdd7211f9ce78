package vn.motcua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.DossierApplicant;
import vn.motcua.client.api.DossierDelivery;
import vn.motcua.client.api.DossierDocument;
import vn.motcua.client.api.DossierDocumentForm;
import vn.motcua.client.api.DossierHandover;
import vn.motcua.client.api.DossierRequest;
import vn.motcua.client.api.ProcedureRequest;

/**
 * The counter-app in real Chromium: a clerk finds a dossier, records its hand-over to a specialist department and
 * officer (typed with real key events; the time left at now), sees it in the dossier's hand-overs and is offered the
 * control slip (its content is HandoversTest's).
 */
class DossierHandoverIT extends BrowserIT {

    private static final String DEPARTMENT = "Phòng Kinh tế, Hạ tầng và Đô thị";
    private static final String OFFICER = "Nguyễn Văn Hải";
    private static final double TEN_SECONDS = 10_000;

    @Test
    void a_clerk_records_the_hand_over_of_a_dossier_to_a_department_officer_from_the_dossier_screen() {
        MotcuaClient admin = new MotcuaClient(stack.serverUrl());
        admin.signInStaff(Ui.ADMIN, Ui.PASSWORD);
        Office office = Office.centre(admin);
        long procedure = admin.createProcedure(
                        office.id(),
                        new ProcedureRequest(
                                "E2E-" + UUID.randomUUID().toString().substring(0, 8),
                                "Cấp giấy phép xây dựng nhà ở riêng lẻ",
                                office.areaA(),
                                15,
                                List.of("Đơn đề nghị cấp giấy phép xây dựng"),
                                "75.000 đồng",
                                true))
                .id();
        MotcuaClient api = new MotcuaClient(stack.serverUrl());
        api.signInStaff(Ui.CLERK, Ui.PASSWORD);
        String code = api.registerDossier(
                        office.id(),
                        new DossierRequest(
                                procedure,
                                new DossierApplicant(
                                        "Trần Thị Lan", "025190001234", "Phường Vĩnh Phúc, tỉnh Phú Thọ", null, null),
                                List.of(new DossierDocument(
                                        "Đơn đề nghị cấp giấy phép xây dựng", DossierDocumentForm.ORIGINAL, 1)),
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

        button(page, "Ghi nhận chuyển giao").click();
        page.getByLabel("Cơ quan, phòng chuyên môn nhận hồ sơ", new Page.GetByLabelOptions().setExact(true))
                .pressSequentially(DEPARTMENT);
        page.getByLabel("Công chức nhận hồ sơ", new Page.GetByLabelOptions().setExact(true))
                .pressSequentially(OFFICER);
        page.getByLabel("Kết quả xử lý, ghi chú", new Page.GetByLabelOptions().setExact(true))
                .pressSequentially("Thụ lý hồ sơ");
        button(page, "Ghi nhận").click();

        // the grid fills after the server's answer comes back through the push channel
        assertThat(page.locator(".dossier-handovers"))
                .containsText(
                        OFFICER + " · " + DEPARTMENT,
                        new LocatorAssertions.ContainsTextOptions().setTimeout(TEN_SECONDS));
        assertThat(page.getByText("In phiếu kiểm soát quá trình giải quyết hồ sơ"))
                .isVisible();
        List<DossierHandover> recorded = api.handovers(office.id(), code);
        assertThat(recorded).singleElement().satisfies(h -> {
            assertThat(h.fromUnit()).isEqualTo(Ui.OFFICE);
            assertThat(h.toUnit()).isEqualTo(DEPARTMENT);
            assertThat(h.toOfficer()).isEqualTo(OFFICER);
            assertThat(h.note()).isEqualTo("Thụ lý hồ sơ");
        });
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
