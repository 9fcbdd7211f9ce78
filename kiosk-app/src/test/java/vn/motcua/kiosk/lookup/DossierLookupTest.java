package vn.motcua.kiosk.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.motcua.client.ApiException;
import vn.motcua.client.DossierApi;
import vn.motcua.client.testing.Fakes;
import vn.motcua.kiosk.shared.Camera;
import vn.motcua.kiosk.shared.CameraScanner;
import vn.motcua.kiosk.shared.FakeKioskHost;
import vn.motcua.kiosk.shared.ManualScheduler;
import vn.motcua.kiosk.shared.Messages;
import vn.motcua.kiosk.shared.ScannerField;
import vn.motcua.kiosk.testing.FakeDossierApi;
import vn.motcua.kiosk.testing.ScreenTest;

class DossierLookupTest extends ScreenTest {

    private static final String QR = "https://motcua.example.gov.vn/d/000.00.00.H00-261126-0007?k=Ab3_-x9ZQw1tYk2L";

    private final FakeDossierApi dossiers = new FakeDossierApi();
    private final FakeKioskHost kiosk = new FakeKioskHost();
    private final ManualScheduler scheduler = new ManualScheduler();

    private void open() {
        UI.getCurrent().add(new DossierLookup(() -> Fakes.of(DossierApi.class, dossiers), kiosk, scheduler));
    }

    /** What a keyboard-wedge scanner does: types the text into the focused field, then Enter. */
    private void scan(String text) {
        Element field = find(ScannerField.class).single().getElement();
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("event.key === 'Enter'", true);
        data.put("element.value", text);
        field.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(field, "keydown", data));
    }

    private void type(String keys) {
        keys.chars().forEach(c -> test(key(String.valueOf((char) c))).click());
    }

    private Button key(String text) {
        return find(Button.class).withClassName("key").withText(text).single();
    }

    private void tap(String text) {
        test(find(Button.class).withText(text).single()).click();
    }

    private void typeCodeAndPhone(String code, String phone) {
        type(code);
        test(find(Button.class).withClassName("lookup-phone").single()).click();
        type(phone);
    }

    private String text(String className) {
        return find(Paragraph.class).withClassName(className).single().getText();
    }

    private String message() {
        return text("kiosk-message");
    }

    private static ApiException refusal(int status, String code) {
        return new ApiException(status, code, code, null);
    }

    @Test
    void aScannedReceiptQrCodeLooksUpTheDossierWithTheCodeAndKeyOfItsLink() {
        open();

        scan(QR);

        assertThat(dossiers.questions)
                .containsExactly(
                        new FakeDossierApi.Question("receipt", "000.00.00.H00-261126-0007", "Ab3_-x9ZQw1tYk2L"));
        assertThat(find(Span.class).withClassName("lookup-result-code").single().getText())
                .isEqualTo("000.00.00.H00-261126-0007");
    }

    /** The citizen taps the camera button and holds {@code text}'s QR code up to the kiosk's camera. */
    private void showTheCamera(String text) {
        test(find(Button.class).withClassName("camera-open").single()).click();
        Camera.holdUp(find(CameraScanner.class).single(), text);
    }

    @Test
    void aReceiptQrCodeReadByTheCameraLooksUpTheDossierAsAScanDoes() {
        open();

        showTheCamera(QR);

        assertThat(dossiers.questions)
                .containsExactly(
                        new FakeDossierApi.Question("receipt", "000.00.00.H00-261126-0007", "Ab3_-x9ZQw1tYk2L"));
        assertThat(find(Span.class).withClassName("lookup-result-code").single().getText())
                .isEqualTo("000.00.00.H00-261126-0007");
        assertThat(find(CameraScanner.class).all()).isEmpty();
        assertThat(scheduler.pendingCount()).isZero();
    }

    @Test
    void aCodeReadByTheCameraThatIsNotAReceiptSaysSoAndClosesTheCamera() {
        open();

        showTheCamera("https://dichvucong.gov.vn/p/home");

        assertThat(dossiers.questions).isEmpty();
        assertThat(message()).startsWith("Mã vừa quét không phải mã QR trên giấy tiếp nhận hồ sơ.");
        assertThat(find(Div.class).withClassName("camera-preview").all()).isEmpty();
    }

    @Test
    void aScanThatIsNotAReceiptSaysSoAndAsksNothingOfTheServer() {
        open();

        scan("https://dichvucong.gov.vn/p/home");

        assertThat(dossiers.questions).isEmpty();
        assertThat(message())
                .isEqualTo("Mã vừa quét không phải mã QR trên giấy tiếp nhận hồ sơ. "
                        + "Xin quét lại hoặc nhập mã hồ sơ.");
    }

    @Test
    void aTypedCodeAndTheLastFourDigitsOfThePhoneLookUpTheDossier() {
        open();

        typeCodeAndPhone("000.00.00.H00-261126-0007", "4567");
        tap("Tra cứu");

        assertThat(dossiers.questions)
                .containsExactly(new FakeDossierApi.Question("phone", "000.00.00.H00-261126-0007", "4567"));
    }

    @Test
    void theLookUpWaitsForACodeAndAllFourPhoneDigits() {
        open();
        Button search = find(Button.class).withClassName("lookup-search").single();
        assertThat(search.isEnabled()).isFalse();

        typeCodeAndPhone("H00-1", "456");
        assertThat(search.isEnabled()).isFalse();

        type("7");
        assertThat(search.isEnabled()).isTrue();
    }

    @Test
    void thePhoneBoxTakesDigitsOnlyAndNoMoreThanFour() {
        open();
        test(find(Button.class).withClassName("lookup-phone").single()).click();

        assertThat(key("A").isEnabled()).isFalse();
        assertThat(key("-").isEnabled()).isFalse();
        type("123456");

        assertThat(find(Button.class)
                        .withClassName("lookup-phone")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .endsWith("1234");
        test(find(Button.class).withClassName("lookup-code").single()).click();
        assertThat(key("A").isEnabled()).isTrue();
    }

    @Test
    void eraseTakesBackTheLastKeyOfTheBoxBeingTyped() {
        open();
        type("H01");

        tap("⌫ Xoá");

        assertThat(find(Span.class)
                        .withClassName("lookup-value")
                        .all()
                        .getFirst()
                        .getText())
                .isEqualTo("H0");
    }

    @Test
    void theResultShowsCodeProcedureMaskedNameStatusDueDateAndNextStep() {
        open();

        scan(QR);

        assertThat(text("lookup-procedure")).isEqualTo("Đăng ký khai sinh");
        assertThat(text("lookup-applicant")).isEqualTo("Người nộp: Nguyễn T. H.");
        assertThat(text("lookup-status")).isEqualTo("Đang xử lý");
        assertThat(text("lookup-due")).isEqualTo("Hẹn trả kết quả: 16 giờ 30, ngày 03/12/2026");
        assertThat(text("lookup-next")).isEqualTo("Hồ sơ đang được giải quyết. Mời ông/bà nhận kết quả theo ngày hẹn.");
    }

    @Test
    void anEnglishSpeakerReadsTheStatusAndDueDateInEnglish() {
        UI.getCurrent().setLocale(Messages.ENGLISH);
        open();

        scan(QR);

        assertThat(text("lookup-status")).isEqualTo("Being processed");
        assertThat(text("lookup-due")).isEqualTo("Results due: 03/12/2026 at 16:30");
        assertThat(dossiers.lastLanguage)
                .as("the server's next step in English too")
                .isEqualTo(Messages.ENGLISH);
    }

    @Test
    void anUnknownDossierOrAWrongPhoneNumberIsExplainedAndWhatWasTypedStays() {
        dossiers.failure = refusal(404, "NOT_FOUND");
        open();
        typeCodeAndPhone("H00-1", "4567");

        tap("Tra cứu");

        assertThat(message()).isEqualTo("Không tìm thấy hồ sơ. Xin kiểm tra lại mã hồ sơ và số điện thoại.");
        assertThat(find(Span.class).withClassName("lookup-value").all())
                .extracting(Span::getText)
                .containsExactly("H00-1", "4567");
    }

    @Test
    void tooManyFailedAttemptsAskTheCitizenToWaitAFewMinutes() {
        dossiers.failure = refusal(429, "TOO_MANY_ATTEMPTS");
        open();

        scan(QR);

        assertThat(message()).isEqualTo("Tra cứu sai quá nhiều lần, xin thử lại sau ít phút.");
    }

    @Test
    void anyOtherRefusalStillGetsAPlainMessage() {
        dossiers.failure = refusal(400, "BAD_REQUEST");
        open();

        scan(QR);

        assertThat(message()).isEqualTo("Chưa tra cứu được hồ sơ. Mời Ông/Bà thử lại hoặc liên hệ cán bộ hướng dẫn.");
    }

    @Test
    void theMessageGoesAsSoonAsTheCitizenTypesAgain() {
        dossiers.failure = refusal(404, "NOT_FOUND");
        open();
        scan(QR);

        type("1");

        assertThat(find(Paragraph.class).withClassName("kiosk-message").all()).isEmpty();
    }

    @Test
    void anUnreachableServerIsLeftToTheKiosksOwnNotice() {
        dossiers.failure = new ApiException(0, "UNREACHABLE", "down", null);
        open();

        scan(QR);

        assertThat(kiosk.unavailable).isEqualTo(1);
    }

    @Test
    void everyTapKeepsTheScreenUpForAnotherQuietSpell() {
        open();

        type("H0");
        tap("⌫ Xoá");
        scan(QR);

        assertThat(kiosk.touches).isEqualTo(4);
    }

    @Test
    void anotherLookUpStartsAfreshAndDoneGoesHome() {
        open();
        typeCodeAndPhone("H00-1", "4567");
        tap("Tra cứu");

        tap("Tra cứu hồ sơ khác");
        assertThat(find(Span.class).withClassName("lookup-value").all())
                .extracting(Span::getText)
                .containsExactly("", "");

        scan(QR);
        tap("Xong");
        assertThat(kiosk.homes).isEqualTo(1);
    }
}
