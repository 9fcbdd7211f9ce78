package vn.motcua.counter.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.counter.testing.FakeBackend.COUNTER_1;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.client.api.RatingLevel;
import vn.motcua.client.api.RatingSummary;
import vn.motcua.client.api.RatingView;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.ServiceTimes;
import vn.motcua.client.api.StaffDossierWork;
import vn.motcua.counter.console.ConsoleView;
import vn.motcua.counter.shared.Routes;
import vn.motcua.counter.testing.FakeBackend;
import vn.motcua.counter.testing.ViewTest;

class ReviewViewTest extends ViewTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final LocalDate FIRST = TODAY.withDayOfMonth(1);

    private void someRatings() {
        backend.summary = new RatingSummary(
                FIRST,
                TODAY,
                8,
                Map.of(RatingLevel.VERY_SATISFIED, 5L, RatingLevel.SATISFIED, 2L, RatingLevel.DISSATISFIED, 1L),
                Map.of("LONG_WAIT", 1L, "Cán bộ nghỉ trưa sớm", 1L),
                List.of(
                        new RatingSummary.Day(
                                FIRST, Map.of(RatingLevel.VERY_SATISFIED, 5L, RatingLevel.DISSATISFIED, 1L)),
                        new RatingSummary.Day(TODAY, Map.of(RatingLevel.SATISFIED, 2L))));
        backend.ratings = List.of(
                rating(1, RatingLevel.VERY_SATISFIED, List.of(), "Cảm ơn chị Lan"),
                rating(2, RatingLevel.DISSATISFIED, List.of("LONG_WAIT", "Cán bộ nghỉ trưa sớm"), "Chờ gần một tiếng"),
                rating(3, RatingLevel.SATISFIED, List.of(), null));
        backend.times = new ServiceTimes(
                FIRST,
                TODAY,
                List.of(
                        new ServiceTimes.Band(0, 10, 6),
                        new ServiceTimes.Band(10, 30, 3),
                        new ServiceTimes.Band(30, null, 1)),
                List.of(new ServiceTimes.Band(0, 10, 8), new ServiceTimes.Band(10, null, 2)),
                List.of(new ServiceTimes.ClerkFigures(7, "Trần Thị Lan", 10, 6.25, 12.5)));
        backend.dossierWork = List.of(
                new StaffDossierWork(9, "Phạm Văn Minh", 2, 0, 1), new StaffDossierWork(7, "Trần Thị Lan", 4, 2, 3));
    }

    private static RatingView rating(long id, RatingLevel level, List<String> reasons, String comment) {
        return new RatingView(
                id,
                "t" + id,
                "A00" + id,
                FakeBackend.OFFICE,
                COUNTER_1,
                7L,
                FakeBackend.AREA_A,
                level,
                reasons,
                comment,
                Instant.parse("2026-11-03T02:30:00Z"));
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Object> box(String label) {
        return find(ComboBox.class).all().stream()
                .filter(b -> label.equals(b.getLabel()))
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Grid<RatingView> ratingsGrid() {
        return find(Grid.class).withClassName("ratings").single();
    }

    private List<String> levelTiles() {
        return find(Div.class).withClassName("level-tile").all().stream()
                .map(tile -> find(Span.class, tile).all().stream()
                        .map(Span::getText)
                        .reduce((a, b) -> a + " " + b)
                        .orElse(""))
                .toList();
    }

    @Test
    void a_clerk_is_turned_away_from_the_review_and_sees_no_way_to_it() {
        signInAt(COUNTER_1, Role.CLERK);
        assertThat(follow(Routes.REVIEW)).isNotInstanceOf(ReviewView.class);
        navigate(ConsoleView.class);
        assertThat(find(Anchor.class).withText(vi("head.review.nav.review")).exists())
                .isFalse();
        assertThat(find(Anchor.class).withText(vi("admin.nav")).exists()).isFalse();
    }

    @Test
    void a_head_reaches_the_review_from_the_top_bar() {
        signInAt(null, Role.HEAD);
        navigate(ReviewView.class);
        assertThat(find(Anchor.class)
                        .withText(vi("head.review.nav.review"))
                        .single()
                        .getHref())
                .isEqualTo(Routes.REVIEW);
        assertThat(find(Anchor.class).withText(vi("admin.nav")).exists()).isFalse();
    }

    @Test
    void the_review_opens_on_this_month_for_the_whole_office() {
        signInAt(null, Role.HEAD);
        navigate(ReviewView.class);
        assertThat(backend.calls)
                .contains(
                        "ratingSummary " + FIRST + " " + TODAY + " null null null",
                        "serviceTimes " + FIRST + " " + TODAY + " null");
    }

    @Test
    void each_filter_asks_the_backend_for_just_that_period_area_counter_and_clerk() {
        signInAt(null, Role.HEAD);
        someRatings();
        navigate(ReviewView.class);
        LocalDate start = TODAY.minusDays(40);
        test(find(DatePicker.class).all().getFirst()).setValue(start);
        test(box(vi("head.review.area"))).selectItem("C · Đất đai");
        test(box(vi("head.review.counter"))).selectItem("Quầy 1");
        backend.calls.clear();
        test(box(vi("head.review.clerk"))).selectItem("Trần Thị Lan");
        assertThat(backend.calls)
                .containsExactly(
                        "serviceTimes " + start + " " + TODAY + " " + FakeBackend.AREA_C,
                        "dossierWork " + start + " " + TODAY + " " + FakeBackend.AREA_C,
                        "ratingSummary " + start + " " + TODAY + " " + FakeBackend.AREA_C + " " + COUNTER_1 + " 7",
                        "ratings " + start + " " + TODAY + " " + FakeBackend.AREA_C + " " + COUNTER_1 + " 7");
    }

    @Test
    void each_clerks_line_shows_tickets_and_dossiers_received_handed_over_and_returned() {
        signInAt(null, Role.HEAD);
        someRatings();
        navigate(ReviewView.class);
        Grid<?> clerks = find(Grid.class).withClassName("clerk-figures").single();
        assertThat(clerks.getColumns())
                .extracting(c -> c.getHeaderText())
                .containsExactly(
                        "Cán bộ",
                        "Số lượt đã phục vụ",
                        "Phục vụ trung bình",
                        "Chờ trung bình",
                        "Hồ sơ tiếp nhận",
                        "Hồ sơ luân chuyển",
                        "Hồ sơ trả kết quả");
        assertThat(rowOf(clerks, 0)).containsExactly("Trần Thị Lan", "10", "6,2 phút", "12,5 phút", "4", "2", "3");
        assertThat(rowOf(clerks, 1))
                .as("a clerk who only took in dossiers has a line, without ticket averages")
                .containsExactly("Phạm Văn Minh", "0", "", "", "2", "0", "1");
        assertThat(test(box(vi("head.review.clerk"))).getSuggestions()).contains("Phạm Văn Minh");
    }

    private List<String> rowOf(Grid<?> grid, int row) {
        var tester = test(grid);
        return java.util.stream.IntStream.range(0, grid.getColumns().size())
                .mapToObj(column -> tester.getCellText(row, column))
                .toList();
    }

    @Test
    void a_period_that_ends_before_it_starts_is_not_asked_for() {
        signInAt(null, Role.HEAD);
        navigate(ReviewView.class);
        backend.calls.clear();
        DatePicker to = find(DatePicker.class).all().get(1);
        test(to).setValue(FIRST.minusDays(1));
        assertThat(backend.calls).isEmpty();
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("Ngày kết thúc phải từ ngày bắt đầu trở đi");
    }

    @Test
    void the_three_levels_show_their_counts_and_shares() {
        signInAt(null, Role.HEAD);
        someRatings();
        navigate(ReviewView.class);
        assertThat(levelTiles()).containsExactly("5 62,5% Rất hài lòng", "2 25,0% Hài lòng", "1 12,5% Không hài lòng");
        assertThat(find(Paragraph.class)
                        .withText("Chưa có đánh giá trong khoảng thời gian này")
                        .exists())
                .isFalse();
    }

    @Test
    void reasons_are_translated_and_counted_and_times_are_drawn_in_bands() {
        signInAt(null, Role.HEAD);
        someRatings();
        navigate(ReviewView.class);
        List<String> labels = find(Span.class).withClassName("bar-label").all().stream()
                .map(Span::getText)
                .toList();
        assertThat(labels).contains("Chờ lâu", "Cán bộ nghỉ trưa sớm", "0–10 phút", "Từ 30 phút trở lên");
        assertThat(find(Div.class).withClassName("trend-column").all()).hasSize(2);
        assertThat(test(ratingsGrid()).getCellText(1, 6)).isEqualTo("Chờ lâu, Cán bộ nghỉ trưa sớm");
        assertThat(test(ratingsGrid()).getCellText(1, 7)).isEqualTo("Chờ gần một tiếng");
        assertThat(test(ratingsGrid()).getCellText(1, 0)).isEqualTo("03/11/2026 09:30");
    }

    @Test
    void clicking_a_level_narrows_the_single_ratings_to_it() {
        signInAt(null, Role.HEAD);
        someRatings();
        navigate(ReviewView.class);
        assertThat(test(ratingsGrid()).size()).isEqualTo(3);
        test(find(Div.class)
                        .withClassName("level-dissatisfied")
                        .withClassName("level-tile")
                        .single())
                .click();
        assertThat(test(ratingsGrid()).size()).isEqualTo(1);
        assertThat(test(ratingsGrid()).getCellText(0, 1)).isEqualTo("A002");
    }

    @Test
    void an_empty_period_says_there_are_no_ratings() {
        signInAt(null, Role.HEAD);
        navigate(ReviewView.class);
        assertThat(find(Paragraph.class)
                        .withText("Chưa có đánh giá trong khoảng thời gian này")
                        .single()
                        .isVisible())
                .isTrue();
        assertThat(find(Div.class).withClassName("level-tile").exists()).isFalse();
        assertThat(backend.calls).noneMatch(c -> c.startsWith("ratings "));
    }
}
