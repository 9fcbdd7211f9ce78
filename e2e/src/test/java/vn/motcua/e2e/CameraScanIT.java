package vn.motcua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
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
 * The kiosk's camera in real Chromium, whose fake camera films a chip ID card's QR code (or a dossier receipt's):
 * the page opens the camera and sends frames to the kiosk-app, which decodes them; what it reads goes where a
 * handheld scan goes. No ticket is taken, so counter 1 is left as it was.
 */
@ExtendWith(StackExtension.class)
class CameraScanIT {

    /** Born in 1950: past 60 whatever the day. */
    private static final String CARD =
            "001050012345|012345678|Nguyễn Văn An|01011950|Nam|Số 1 Tràng Tiền, Hà Nội|15032021";

    private static final LocatorAssertions.HasTextOptions PATIENCE =
            new LocatorAssertions.HasTextOptions().setTimeout(15_000);

    @TempDir
    static Path dir;

    private static MotcuaStack stack;
    private static Screens screens;

    @BeforeAll
    static void filmAnIdCard(MotcuaStack started) {
        stack = started;
        screens =
                Screens.open(stack.kioskUrl(), FakeCamera.switches(FakeCamera.filming(CARD, dir.resolve("cccd.y4m"))));
    }

    @AfterAll
    static void closeScreens() {
        if (screens != null) {
            screens.close();
        }
    }

    private static void tap(Page page, String name) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(name).setExact(true))
                .click();
    }

    @Test
    void an_id_card_held_up_to_the_kiosks_camera_greets_the_citizen_and_puts_the_elderly_priority_first() {
        Page kiosk = screens.paired(Ui.KIOSK, Ui.KIOSK_SECRET, 1080, 1920);

        tap(kiosk, Ui.CAMERA_CARD);

        assertThat(kiosk.locator(".kiosk-greeting")).hasText("Xin chào Ông/Bà Nguyễn Văn An", PATIENCE);
        assertThat(kiosk.locator(".camera-preview")).isHidden();
        kiosk.locator(".area").first().click();
        assertThat(kiosk.locator(".priority-preselected")).hasText(Ui.ELDERLY);
        tap(kiosk, Ui.BACK);
        assertThat(kiosk.locator(".kiosk-greeting")).isHidden();
    }

    @Test
    void an_id_card_held_up_to_the_camera_of_the_dossier_look_up_is_refused_as_no_receipt() {
        Page kiosk = screens.paired(Ui.KIOSK, Ui.KIOSK_SECRET, 1080, 1920);
        tap(kiosk, Ui.KIOSK_DOSSIER);

        tap(kiosk, Ui.CAMERA_RECEIPT);

        assertThat(kiosk.locator(".lookup .kiosk-message")).hasText(Ui.LOOKUP_NOT_A_RECEIPT, PATIENCE);
        assertThat(kiosk.locator(".camera-preview")).isHidden();
    }

    @Test
    void a_receipt_held_up_to_the_camera_of_the_dossier_look_up_shows_its_dossier() {
        MotcuaClient admin = new MotcuaClient(stack.serverUrl());
        admin.signInStaff(Ui.ADMIN, Ui.PASSWORD);
        Office centre = Office.centre(admin);
        long office = centre.id();
        ProcedureView procedure = admin.offices()
                .createProcedure(
                        office,
                        new ProcedureRequest(
                                "CAM-" + UUID.randomUUID().toString().substring(0, 8),
                                "Chứng thực bản sao",
                                centre.areaA(),
                                1,
                                List.of("Bản chính"),
                                "Miễn phí",
                                true));
        MotcuaClient clerk = new MotcuaClient(stack.serverUrl());
        clerk.signInStaff(Ui.CLERK, Ui.PASSWORD);
        DossierView dossier = clerk.dossiers()
                .registerDossier(
                        office,
                        new DossierRequest(
                                procedure.id(),
                                new DossierApplicant(
                                        "Trần Văn Bình", "001070012345", "Số 5 Lê Lợi", "0912000111", null),
                                List.of(new DossierDocument("Tờ khai", DossierDocumentForm.ORIGINAL, 1)),
                                DossierDelivery.COUNTER,
                                null));
        Path receipt = FakeCamera.filming(dossier.lookupUrl(), dir.resolve("receipt.y4m"));
        try (Screens filming = Screens.open(stack.kioskUrl(), FakeCamera.switches(receipt))) {
            Page kiosk = filming.paired(Ui.KIOSK, Ui.KIOSK_SECRET, 1080, 1920);
            tap(kiosk, Ui.KIOSK_DOSSIER);

            tap(kiosk, Ui.CAMERA_RECEIPT);

            assertThat(kiosk.locator(".lookup-result-code")).hasText(dossier.code(), PATIENCE);
            assertThat(kiosk.locator(".camera-preview")).isHidden();
        }
    }

    @Test
    void the_camera_shows_what_it_films_until_the_citizen_closes_it() {
        Path nothing = FakeCamera.filmingNothing(dir.resolve("blank.y4m"));
        try (Screens blank = Screens.open(stack.kioskUrl(), FakeCamera.switches(nothing))) {
            Page kiosk = blank.paired(Ui.KIOSK, Ui.KIOSK_SECRET, 1080, 1920);

            tap(kiosk, Ui.CAMERA_CARD);

            assertThat(kiosk.locator(".camera-preview")).isVisible();
            kiosk.waitForFunction("() => document.querySelector('.camera-video').videoWidth > 0");
            Screens.screenshot(kiosk, "kiosk-camera-preview.png");
            kiosk.locator(".camera-cancel").click();
            assertThat(kiosk.locator(".camera-preview")).isHidden();
            // the camera itself is off, not only hidden
            kiosk.waitForFunction("() => document.querySelector('.camera-video').srcObject === null");
        }
    }
}
