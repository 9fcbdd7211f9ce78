package vn.motcua.counter.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.FeedbackCategory;
import vn.motcua.client.api.FeedbackChannel;
import vn.motcua.client.api.FeedbackState;
import vn.motcua.client.api.FeedbackView;
import vn.motcua.client.api.Role;
import vn.motcua.counter.shared.Routes;
import vn.motcua.counter.testing.ViewTest;

class FeedbackInboxViewTest extends ViewTest {

    private static final String LONG_COMPLAINT = "Tôi đã chờ từ bảy giờ sáng đến mười giờ mà quầy đất đai chỉ có một "
            + "cán bộ làm việc, người cao tuổi phải đứng vì không đủ ghế ngồi; đề nghị bố trí thêm cán bộ và ghế chờ.";

    private FeedbackView overdue;
    private FeedbackView private_;

    @BeforeEach
    void installFeedback() {
        overdue = feedback.open(
                1,
                "PA-2345A-BCDEF",
                FeedbackCategory.WAITING,
                FeedbackChannel.KIOSK,
                LONG_COMPLAINT,
                true,
                "C-017",
                Instant.parse("2026-05-04T01:30:00Z"),
                LocalDate.of(2026, 5, 18),
                true);
        private_ = feedback.open(
                2,
                "PA-6789G-HJKMN",
                FeedbackCategory.STAFF_CONDUCT,
                FeedbackChannel.COUNTER,
                "Cán bộ quầy hai nói chuyện điện thoại khi tiếp dân.",
                false,
                null,
                Instant.parse("2026-05-20T03:00:00Z"),
                LocalDate.of(2026, 6, 3),
                false);
    }

    @Test
    void a_head_sees_the_open_feedback_by_due_day_with_the_overdue_one_marked_and_what_it_is_about() {
        signInAt(null, Role.HEAD);

        FeedbackInboxView view = navigate(FeedbackInboxView.class);

        assertThat(feedback.calls).containsExactly("feedback OPEN");
        assertThat(view.list.getListDataView().getItems()).containsExactly(overdue, private_);
        assertThat(view.none.isVisible()).isFalse();
        assertThat(view.dueCell(overdue).getElement().getTextRecursively()).isEqualTo("18/05/2026 Quá hạn");
        assertThat(view.dueCell(private_).getText()).isEqualTo("03/06/2026");
        assertThat(view.list.getColumns())
                .extracting(c -> c.getHeaderText())
                .containsExactly(
                        "Ngày nhận",
                        "Hạn trả lời",
                        "Loại",
                        "Nơi gửi",
                        "Số thứ tự / mã hồ sơ",
                        "Nội dung",
                        "Tình trạng");
        assertThat(view.detail.isVisible()).isFalse();
    }

    @Test
    void the_head_answers_and_publishes_where_the_citizen_agreed_and_the_answer_leaves_the_open_list() {
        signInAt(null, Role.HEAD);
        FeedbackInboxView view = navigate(FeedbackInboxView.class);

        view.list.select(overdue);
        assertThat(paragraphs(view)).contains(LONG_COMPLAINT, "Về số thứ tự hoặc hồ sơ: C-017");
        assertThat(view.publish.isAttached()).isTrue();
        test(view.answer).setValue("Đơn vị xin lỗi và đã bố trí thêm một cán bộ vào buổi sáng.");
        view.publish.setValue(true);
        test(view.send).click();

        assertThat(feedback.calls).contains("answer 1 true");
        assertThat(view.list.getListDataView().getItems()).containsExactly(private_);
        view.state.setValue(FeedbackState.ANSWERED);
        FeedbackView answered =
                view.list.getListDataView().getItems().findFirst().orElseThrow();
        view.list.select(answered);
        assertThat(paragraphs(view))
                .contains("Đơn vị xin lỗi và đã bố trí thêm một cán bộ vào buổi sáng.")
                .anyMatch(text -> text.endsWith(", có công khai."));
        assertThat(view.send.isAttached()).isFalse();
    }

    @Test
    void publishing_is_not_offered_where_the_citizen_did_not_agree() {
        signInAt(null, Role.HEAD);
        FeedbackInboxView view = navigate(FeedbackInboxView.class);

        view.list.select(private_);
        assertThat(view.publish.isAttached()).isFalse();
        assertThat(paragraphs(view)).contains("Người gửi không đồng ý công khai: trả lời chỉ gửi riêng cho người gửi.");
        test(view.answer).setValue("Đơn vị đã nhắc nhở cán bộ.");
        test(view.send).click();

        assertThat(feedback.calls).contains("answer 2 false");
    }

    @Test
    void an_empty_answer_is_not_sent_and_the_field_says_why() {
        signInAt(null, Role.HEAD);
        FeedbackInboxView view = navigate(FeedbackInboxView.class);

        view.list.select(private_);
        test(view.answer).setValue("   ");
        test(view.send).click();

        assertThat(view.answer.isInvalid()).isTrue();
        assertThat(view.answer.getErrorMessage()).isEqualTo("Vui lòng nhập nội dung trả lời.");
        assertThat(feedback.calls).containsExactly("feedback OPEN");
    }

    @Test
    void an_answer_given_meanwhile_by_another_head_is_said_plainly_and_the_list_read_again() {
        signInAt(null, Role.HEAD);
        FeedbackInboxView view = navigate(FeedbackInboxView.class);
        feedback.refusal = new ApiException(409, "ALREADY_ANSWERED", "This feedback was answered already", null);

        view.list.select(private_);
        test(view.answer).setValue("Đơn vị đã nhắc nhở cán bộ.");
        test(view.send).click();

        assertThat(feedback.calls).containsExactly("feedback OPEN", "answer 2 false", "feedback OPEN");
        assertThat(view.detail.isVisible()).isFalse();
    }

    @Test
    void the_head_s_top_bar_links_to_the_feedback_screen() {
        signInAt(null, Role.HEAD);

        follow(Routes.FEEDBACK);

        assertThat(find(Anchor.class).withText("Phản ánh, kiến nghị").single().getHref())
                .isEqualTo(Routes.FEEDBACK);
    }

    private List<String> paragraphs(FeedbackInboxView view) {
        return view.detail
                .getChildren()
                .filter(Paragraph.class::isInstance)
                .map(c -> ((Paragraph) c).getText())
                .toList();
    }
}
