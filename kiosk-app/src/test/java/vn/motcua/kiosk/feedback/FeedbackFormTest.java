package vn.motcua.kiosk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.client.ApiException;
import vn.motcua.client.FeedbackApi;
import vn.motcua.client.api.FeedbackCategory;
import vn.motcua.client.api.FeedbackRequest;
import vn.motcua.client.testing.Fakes;
import vn.motcua.kiosk.shared.FakeKioskHost;
import vn.motcua.kiosk.shared.Messages;
import vn.motcua.kiosk.testing.ScreenTest;

class FeedbackFormTest extends ScreenTest {

    private final FakeFeedbackApi server = new FakeFeedbackApi();
    private final FakeKioskHost kiosk = new FakeKioskHost();
    private FeedbackForm form;

    @BeforeEach
    void open() {
        form = new FeedbackForm(() -> Fakes.of(FeedbackApi.class, server), 1, kiosk);
        UI.getCurrent().add(form);
    }

    private void tap(String text) {
        test(find(Button.class).withText(text).single()).click();
    }

    /** Taps the on-screen keys one by one; a space is the space bar. */
    private void type(String keys) {
        keys.chars().forEach(c -> {
            String key = String.valueOf((char) c);
            test(find(Button.class)
                            .withClassName("key")
                            .withText(key.equals(" ") ? "Dấu cách" : key)
                            .single())
                    .click();
        });
    }

    private void tapField(String name) {
        Div box = find(Div.class).withClassName("feedback-field-" + name).single();
        test(box).click();
    }

    private String typed(String field) {
        return find(KioskInput.class)
                .withClassName("feedback-" + field)
                .single()
                .value();
    }

    private Button send() {
        return find(Button.class).withClassName("feedback-send").single();
    }

    private String text(String className) {
        return find(Paragraph.class).withClassName(className).single().getText();
    }

    @Test
    void theCategoriesComeFirstAsOneBigButtonEach() {
        assertThat(find(Button.class).withClassName("feedback-category").all())
                .extracting(Button::getText)
                .containsExactly(
                        "Thái độ, tác phong của cán bộ",
                        "Thời gian chờ, xếp hàng",
                        "Thủ tục, giấy tờ",
                        "Trả kết quả trễ hẹn",
                        "Cơ sở vật chất",
                        "Góp ý, đề xuất",
                        "Nội dung khác");
    }

    @Test
    void aCitizenTypesWithToneKeysAddsAPhoneAndTicketAndGetsTheReferenceAndWhereToFollowIt() {
        tap("Thời gian chờ, xếp hàng");
        assertThat(send().isEnabled()).isFalse();

        type("cho lau qua");
        tap("Dấu sắc (á)");
        type(", khong co ghe ngôi");
        tap("Dấu huyền (à)");
        tapField("phone");
        type("0912345678");
        tapField("subject");
        type("C-017");
        tap("☐ Đồng ý công khai nội dung và trả lời (không kèm số điện thoại, email)");
        test(send()).click();

        assertThat(server.filed)
                .containsExactly(new FeedbackRequest(
                        FeedbackCategory.WAITING,
                        "cho lau quá, khong co ghe ngồi",
                        null,
                        "0912345678",
                        null,
                        true,
                        "C-017"));
        assertThat(find(Span.class).withClassName("feedback-reference").single().getText())
                .isEqualTo(FakeFeedbackApi.REFERENCE);
        assertThat(text("feedback-due")).isEqualTo("Hạn trả lời: ngày 15/06/2026.");
        assertThat(text("feedback-url")).isEqualTo(FakeFeedbackApi.FOLLOW_URL);
        assertThat(kiosk.writings).isPositive();
    }

    @Test
    void theHattedLettersTypeAndThePhoneTakesDigitsOnly() {
        tap("Nội dung khác");
        type("đươc");
        tapField("phone");

        assertThat(find(Button.class)
                        .withClassName("key")
                        .withText("Q")
                        .single()
                        .isEnabled())
                .isFalse();
        assertThat(find(Button.class)
                        .withClassName("key")
                        .withText("7")
                        .single()
                        .isEnabled())
                .isTrue();
        tapField("content");
        tap("Dấu nặng (ạ)");
        type(" cai");
        assertThat(typed("content")).isEqualTo("được cai");
    }

    @Test
    void aWrongPhoneNumberIsSaidPlainlyAndNothingIsSent() {
        tap("Cơ sở vật chất");
        type("nha ve sinh hong");
        tapField("phone");
        type("0912");
        test(send()).click();

        assertThat(server.filed).isEmpty();
        assertThat(text("kiosk-message"))
                .isEqualTo("Số điện thoại chưa đúng. Xin nhập từ 8 đến 20 chữ số, hoặc để trống.");
    }

    @Test
    void aFieldTheServerRefusesIsNamedInPlainVietnamese() {
        server.refusal = new ApiException(
                400, "INVALID_FIELDS", "bad", List.of(Map.of("field", "email", "message", "must be an email")));
        tap("Góp ý, đề xuất");
        type("nen co them quay");
        test(send()).click();

        assertThat(text("kiosk-message")).isEqualTo("Địa chỉ email chưa đúng. Xin kiểm tra lại, hoặc để trống.");
    }

    @Test
    void anUnreachableServerIsLeftToTheKiosk() {
        server.refusal = new ApiException(0, "UNREACHABLE", "down", null);
        tap("Góp ý, đề xuất");
        type("nen co them quay");
        test(send()).click();

        assertThat(kiosk.unavailable).isEqualTo(1);
    }

    @Test
    void whatWasTypedSurvivesAChangeOfLanguage() {
        tap("Thủ tục, giấy tờ");
        type("mau to khai kho hieu");

        UI.getCurrent().setLocale(Messages.ENGLISH);
        UI.getCurrent().remove(form);
        UI.getCurrent().add(form);

        assertThat(text("feedback-chosen")).isEqualTo("Procedures and papers");
        assertThat(typed("content")).isEqualTo("mau to khai kho hieu");
        assertThat(send().isEnabled()).isTrue();
    }
}
