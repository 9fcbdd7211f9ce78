package vn.motcua.kiosk.rating;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.client.OfficeApi;
import vn.motcua.client.RatingApi;
import vn.motcua.client.api.CounterState;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.OfficeSnapshot;
import vn.motcua.client.api.QueueEvent;
import vn.motcua.client.api.QueueEventType;
import vn.motcua.client.api.RatingLevel;
import vn.motcua.client.api.RatingRequest;
import vn.motcua.client.api.TicketStatus;
import vn.motcua.client.api.TicketView;
import vn.motcua.client.testing.Fakes;
import vn.motcua.kiosk.shared.ManualScheduler;
import vn.motcua.kiosk.testing.FakeOfficeApi;
import vn.motcua.kiosk.testing.ScreenTest;

class RatingViewTest extends ScreenTest {

    private final FakeCounterFeed feed = new FakeCounterFeed();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final FakeRatingApi ratings = new FakeRatingApi();
    private final FakeOfficeApi offices = new FakeOfficeApi(FakeCounterFeed.OFFICE);

    private void open() {
        UI.getCurrent()
                .add(new RatingView(
                        1,
                        FakeCounterFeed.COUNTER.id(),
                        () -> Fakes.of(OfficeApi.class, offices),
                        () -> Fakes.of(RatingApi.class, ratings),
                        feed,
                        scheduler));
    }

    private void event(QueueEventType type, long counterId) {
        TicketView ticket = new TicketView(
                "t-7",
                1,
                11,
                "A023",
                23,
                LocalDate.of(2026, 11, 26),
                null,
                TicketStatus.DONE,
                counterId,
                null,
                1,
                Instant.now(),
                Instant.now(),
                Instant.now(),
                Instant.now());
        feed.listener.onEvent(new QueueEvent(1, 9, type, Instant.now(), ticket, counterId, "Quầy 3", null, null));
        runUiAccessTasks();
    }

    private void tap(String text) {
        test(find(Button.class).withText(text).single()).click();
    }

    private String notice(String className) {
        return find(Paragraph.class).withClassName(className).single().getText();
    }

    private boolean atRest() {
        return !find(Span.class).withClassName("rating-counter").all().isEmpty();
    }

    @Test
    void atRestShowsTheCounter() {
        open();

        assertThat(find(Span.class).withClassName("rating-counter").single().getText())
                .isEqualTo("Quầy số 3");
        assertThat(find(Paragraph.class)
                        .withClassName("rating-counter-name")
                        .single()
                        .getText())
                .isEqualTo("Quầy 3 — Đầu tư");
    }

    @Test
    void atRestShowsTheClerkOnDutyAndANewClerksCommandRenamesIt() {
        open();
        assertThat(find(Paragraph.class).withClassName("rating-clerk").exists()).isFalse();

        feed.listener.onSnapshot(new OfficeSnapshot(
                1,
                8,
                Map.of(),
                List.of(
                        new CounterState(35, 5L, null, List.of(), List.of(), null, "Phạm Văn Khác"),
                        new CounterState(31, 6L, null, List.of(), List.of(), null, "Lê Thị Mai")),
                List.of()));
        runUiAccessTasks();
        assertThat(notice("rating-clerk")).isEqualTo("Cán bộ tiếp nhận: Lê Thị Mai");

        feed.listener.onEvent(new QueueEvent(
                1,
                9,
                QueueEventType.COUNTER_PAUSED,
                Instant.now(),
                null,
                31L,
                "Quầy 3",
                "Họp",
                Map.of(),
                7L,
                "Trần Văn Bình"));
        runUiAccessTasks();
        assertThat(notice("rating-clerk")).isEqualTo("Cán bộ tiếp nhận: Trần Văn Bình");
    }

    @Test
    void aNewClerkDoesNotInterruptTheQuestion() {
        open();
        event(QueueEventType.FINISHED, 31);

        feed.listener.onEvent(new QueueEvent(
                1,
                10,
                QueueEventType.COUNTER_PAUSED,
                Instant.now(),
                null,
                31L,
                "Quầy 3",
                "Họp",
                Map.of(),
                7L,
                "Trần Văn Bình"));
        runUiAccessTasks();

        assertThat(find(H1.class).single().getText()).isEqualTo("Ông/Bà đánh giá thế nào về việc phục vụ?");
        tap("Hài lòng");
        scheduler.pass(RatingView.THANKS);
        assertThat(notice("rating-clerk")).isEqualTo("Cán bộ tiếp nhận: Trần Văn Bình");
    }

    @Test
    void aFinishedTicketAtThisCounterAsksForARating() {
        open();

        event(QueueEventType.FINISHED, 31);

        assertThat(find(H1.class).single().getText()).isEqualTo("Ông/Bà đánh giá thế nào về việc phục vụ?");
        assertThat(find(Button.class).withClassName("rating-choice").all())
                .extracting(Button::getText)
                .containsExactly("Rất hài lòng", "Hài lòng", "Không hài lòng");
    }

    @Test
    void otherEventsAndOtherCountersLeaveTheTabletAtRest() {
        open();

        event(QueueEventType.STARTED, 31);
        event(QueueEventType.FINISHED, 35);

        assertThat(atRest()).isTrue();
    }

    @Test
    void oneTapRatesThanksAndReturnsToRest() {
        open();
        event(QueueEventType.FINISHED, 31);

        tap("Rất hài lòng");

        assertThat(ratings.saved)
                .containsExactly(new RatingRequest("t-7", RatingLevel.VERY_SATISFIED, List.of(), null));
        assertThat(find(Paragraph.class).withClassName("rating-thanks").single().getText())
                .isEqualTo("Cảm ơn Ông/Bà đã đánh giá!");
        scheduler.pass(RatingView.THANKS);
        assertThat(atRest()).isTrue();
    }

    @Test
    void notSatisfiedOffersReasonsAndAnOptionalComment() {
        open();
        event(QueueEventType.FINISHED, 31);

        tap("Không hài lòng");
        tap("Thời gian chờ lâu");
        tap("Hướng dẫn chưa rõ ràng");
        tap("Hướng dẫn chưa rõ ràng");
        test(find(TextArea.class).single()).setValue("  Cần thêm ghế chờ  ");
        tap("Gửi đánh giá");

        assertThat(ratings.saved)
                .containsExactly(
                        new RatingRequest("t-7", RatingLevel.DISSATISFIED, List.of("LONG_WAIT"), "Cần thêm ghế chờ"));
    }

    @Test
    void theReasonsScreenLeadsBackToTheQuestionAndSendsNothing() {
        open();
        event(QueueEventType.FINISHED, 31);
        tap("Không hài lòng");

        tap("Quay lại");

        assertThat(find(H1.class).withClassName("rating-question").single().getText())
                .isEqualTo("Ông/Bà đánh giá thế nào về việc phục vụ?");
        assertThat(ratings.saved).isEmpty();
        tap("Hài lòng");
        assertThat(ratings.saved).containsExactly(new RatingRequest("t-7", RatingLevel.SATISFIED, List.of(), null));
    }

    @Test
    void aCounterNamedOnlyByItsNumberIsNotWrittenTwice() {
        assertThat(RatingView.saysMoreThanItsNumber(new CounterView(1, 1, "Quầy 1", List.of(11L), true)))
                .isFalse();
        assertThat(RatingView.saysMoreThanItsNumber(new CounterView(1, 1, "Quầy số 1", List.of(11L), true)))
                .isFalse();
        assertThat(RatingView.saysMoreThanItsNumber(new CounterView(1, 12, "Quầy 12", List.of(11L), true)))
                .isFalse();
        assertThat(RatingView.saysMoreThanItsNumber(new CounterView(1, 1, "Quầy 1 – Đất đai", List.of(11L), true)))
                .isTrue();
        assertThat(RatingView.saysMoreThanItsNumber(new CounterView(1, 1, "Quầy 11", List.of(11L), true)))
                .isTrue();
    }

    @Test
    void thirtyQuietSecondsReturnToRestWithoutARating() {
        open();
        event(QueueEventType.FINISHED, 31);

        scheduler.pass(RatingView.IDLE);

        assertThat(atRest()).isTrue();
        assertThat(ratings.saved).isEmpty();
    }

    @Test
    void aSecondRatingOfTheSameTicketIsExplainedPlainly() {
        ratings.failures.add(FakeRatingApi.alreadyRated());
        open();
        event(QueueEventType.FINISHED, 31);

        tap("Hài lòng");

        assertThat(notice("rating-notice")).isEqualTo("Phiếu này đã được đánh giá");
        assertThat(ratings.attempts).isEqualTo(1);
        scheduler.pass(RatingView.THANKS);
        assertThat(atRest()).isTrue();
    }

    @Test
    void anUnreachableServerIsRetriedQuietlyAndTheRatingStillSaved() {
        ratings.failures.add(FakeRatingApi.unreachable());
        ratings.failures.add(FakeRatingApi.unreachable());
        open();
        event(QueueEventType.FINISHED, 31);

        tap("Rất hài lòng");
        assertThat(notice("rating-sending")).isEqualTo("Đang gửi đánh giá…");
        scheduler.pass(RatingView.SEND_RETRY);
        scheduler.pass(RatingView.SEND_RETRY);

        assertThat(ratings.saved)
                .containsExactly(new RatingRequest("t-7", RatingLevel.VERY_SATISFIED, List.of(), null));
        assertThat(notice("rating-thanks")).isEqualTo("Cảm ơn Ông/Bà đã đánh giá!");
    }

    @Test
    void aServerOutOfReachForLongerEndsInAnApology() {
        for (int i = 0; i < RatingView.SEND_ATTEMPTS; i++) {
            ratings.failures.add(FakeRatingApi.unreachable());
        }
        open();
        event(QueueEventType.FINISHED, 31);

        tap("Hài lòng");
        scheduler.pass(RatingView.SEND_RETRY);
        scheduler.pass(RatingView.SEND_RETRY);

        assertThat(ratings.attempts).isEqualTo(RatingView.SEND_ATTEMPTS);
        assertThat(notice("rating-notice")).startsWith("Xin lỗi Ông/Bà, hệ thống tạm thời chưa lưu được đánh giá.");
        assertThat(scheduler.pendingCount()).isEqualTo(1);
        scheduler.pass(RatingView.THANKS);
        assertThat(atRest()).isTrue();
    }

    @Test
    void aLateAnswerDoesNotTakeTheNextCitizensQuestion() {
        ratings.failures.add(FakeRatingApi.unreachable());
        open();
        event(QueueEventType.FINISHED, 31);
        tap("Hài lòng");

        event(QueueEventType.FINISHED, 31);
        scheduler.pass(RatingView.SEND_RETRY);

        assertThat(ratings.saved).hasSize(1);
        assertThat(find(H1.class).single().getText()).isEqualTo("Ông/Bà đánh giá thế nào về việc phục vụ?");
    }
}
