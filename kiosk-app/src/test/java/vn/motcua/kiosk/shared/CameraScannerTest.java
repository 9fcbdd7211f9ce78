package vn.motcua.kiosk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.kiosk.testing.ScreenTest;

class CameraScannerTest extends ScreenTest {

    private static final String RECEIPT =
            "https://motcua.example.gov.vn/d/000.00.00.H00-261126-0007?k=Ab3_-x9ZQw1tYk2L";

    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<String> read = new ArrayList<>();
    private int uses;
    private CameraScanner camera;

    private void open() {
        camera = new CameraScanner(scheduler, "camera.receipt", read::add, () -> uses++);
        UI.getCurrent().add(camera);
        test(find(Button.class).withClassName("camera-open").single()).click();
    }

    /** Only shown components are found, so a hidden preview is an absent one. */
    private boolean previewShown() {
        return !find(Div.class).withClassName("camera-preview").all().isEmpty();
    }

    private List<String> problems() {
        return find(Paragraph.class).withClassName("camera-problem").all().stream()
                .map(Paragraph::getText)
                .toList();
    }

    @Test
    void theButtonSaysWhatToScanAndIsTheOnlyThingShownAtRest() {
        UI.getCurrent().add(new CameraScanner(scheduler, "camera.card", read::add, () -> uses++));

        assertThat(find(Button.class).withClassName("camera-open").single().getText())
                .isEqualTo("Quét thẻ căn cước bằng camera");
        assertThat(previewShown()).isFalse();
        assertThat(problems()).isEmpty();
    }

    @Test
    void aTapOpensThePreviewWithItsHintAndACancelButton() {
        open();

        assertThat(previewShown()).isTrue();
        assertThat(find(Paragraph.class).withClassName("camera-hint").single().getText())
                .startsWith("Đưa mã QR trên giấy tiếp nhận hồ sơ vào trước camera");
        assertThat(find(Button.class).withClassName("camera-cancel").single().getText())
                .isEqualTo("Đóng camera");
    }

    @Test
    void framesWithoutACodeAskForMoreAndHandNothingOver() {
        open();

        assertThat(Camera.showNothing(camera)).isTrue();
        assertThat(Camera.showNothing(camera)).isTrue();

        assertThat(read).isEmpty();
        assertThat(previewShown()).isTrue();
    }

    @Test
    void theFirstCodeReadClosesTheCameraAndIsHandedOver() {
        open();

        assertThat(Camera.holdUp(camera, RECEIPT)).isFalse();

        assertThat(read).containsExactly(RECEIPT);
        assertThat(previewShown()).isFalse();
        assertThat(scheduler.pendingCount()).isZero();
    }

    @Test
    void framesArrivingOnceTheCameraIsClosedAreIgnored() {
        open();
        test(find(Button.class).withClassName("camera-cancel").single()).click();

        assertThat(Camera.holdUp(camera, RECEIPT)).isFalse();

        assertThat(read).isEmpty();
        assertThat(previewShown()).isFalse();
        assertThat(problems()).isEmpty();
    }

    @Test
    void eachFrameCountsAsATouchSoTheQuietSpellDoesNotCloseTheCamera() {
        open();
        int afterOpening = uses;

        Camera.showNothing(camera);
        Camera.showNothing(camera);

        assertThat(afterOpening).isPositive();
        assertThat(uses).isEqualTo(afterOpening + 2);
    }

    @Test
    void theCameraClosesByItselfAfterThirtySecondsAndSaysNothingWasRead() {
        open();

        scheduler.pass(CameraScanner.LIMIT);

        assertThat(previewShown()).isFalse();
        assertThat(problems())
                .containsExactly(
                        "Chưa đọc được mã QR. Mời Ông/Bà chạm nút để thử lại, giữ mã thẳng và đủ sáng trước camera.");
        assertThat(Camera.holdUp(camera, RECEIPT)).isFalse();
        assertThat(read).isEmpty();
    }

    @Test
    void aRefusedPermissionAndAMissingCameraAreSaidInPlainVietnamese() {
        open();
        Camera.fail(camera, "NotAllowedError");
        assertThat(problems())
                .containsExactly(
                        "Máy này chưa được phép dùng camera. Mời Ông/Bà dùng máy quét mã hoặc báo cán bộ hướng dẫn.");
        assertThat(previewShown()).isFalse();

        test(find(Button.class).withClassName("camera-open").single()).click();
        assertThat(problems()).isEmpty();
        Camera.fail(camera, "NotFoundError");
        assertThat(problems())
                .containsExactly(
                        "Không tìm thấy camera trên máy này. Mời Ông/Bà dùng máy quét mã hoặc liên hệ cán bộ hướng dẫn.");
    }

    @Test
    void leavingTheScreenStopsTheCameraAndItsTimer() {
        open();

        UI.getCurrent().remove(camera);

        assertThat(scheduler.pendingCount()).isZero();
        assertThat(camera.scanning()).isFalse();
        assertThat(Camera.holdUp(camera, RECEIPT)).isFalse();
        assertThat(read).isEmpty();
    }

    @Test
    void theTextsFollowTheLanguage() {
        UI.getCurrent().setLocale(Messages.ENGLISH);

        open();

        assertThat(find(Button.class).withClassName("camera-open").single().getText())
                .isEqualTo("Scan the QR code with the camera");
        assertThat(find(Button.class).withClassName("camera-cancel").single().getText())
                .isEqualTo("Close the camera");
    }
}
