package vn.motcua.counter.head;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.counter.testing.FakeBackend.AREA_A;
import static vn.motcua.counter.testing.FakeBackend.AREA_C;
import static vn.motcua.counter.testing.FakeBackend.COUNTER_1;
import static vn.motcua.counter.testing.FakeBackend.COUNTER_2;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.client.api.CounterState;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.FeedbackCategory;
import vn.motcua.client.api.FeedbackChannel;
import vn.motcua.client.api.NormBreach;
import vn.motcua.client.api.NormKind;
import vn.motcua.client.api.PriorityGroup;
import vn.motcua.client.api.QueueEventType;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.TicketView;
import vn.motcua.counter.shared.ConnectionBanner;
import vn.motcua.counter.shared.Routes;
import vn.motcua.counter.testing.FakeBackend;
import vn.motcua.counter.testing.ViewTest;

class BoardViewTest extends ViewTest {

    private void open() {
        navigate(BoardView.class);
        backend.goLive();
        deliver();
    }

    private List<String> tiles() {
        return find(Div.class).withClassName("area-tile").all().stream()
                .map(tile -> find(Span.class, tile)
                                .withClassName("tile-count")
                                .single()
                                .getText() + " "
                        + find(Span.class, tile)
                                .withClassName("tile-name")
                                .single()
                                .getText())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private Grid<CounterView> counters() {
        return find(Grid.class).withClassName("counters").single();
    }

    @SuppressWarnings("unchecked")
    private Grid<TicketView> longest() {
        return find(Grid.class).withClassName("longest").single();
    }

    @SuppressWarnings("unchecked")
    private Grid<NormBreach> breaches() {
        return find(Grid.class).withClassName("norm-breaches").single();
    }

    private static NormBreach breach(long id, NormKind kind, Long area, Long counter, String code, Instant at) {
        return new NormBreach(id, FakeBackend.OFFICE, kind, area, counter, null, code, 10, 12, at, null);
    }

    private static NormBreach ended(NormBreach b) {
        return new NormBreach(
                b.id(),
                b.officeId(),
                b.kind(),
                b.areaId(),
                b.counterId(),
                b.ticketId(),
                b.ticketCode(),
                b.limit(),
                b.worst(),
                b.startedAt(),
                Instant.now());
    }

    @Test
    void the_board_counts_the_feedback_waiting_for_an_answer_and_the_overdue_among_it_and_links_a_head_to_it() {
        feedback.open(
                1,
                "PA-2345A-BCDEF",
                FeedbackCategory.WAITING,
                FeedbackChannel.KIOSK,
                "Chờ quá lâu ở quầy đất đai.",
                false,
                null,
                Instant.parse("2026-05-04T01:30:00Z"),
                LocalDate.of(2026, 5, 18),
                true);
        feedback.open(
                2,
                "PA-6789G-HJKMN",
                FeedbackCategory.FACILITIES,
                FeedbackChannel.WEB,
                "Thiếu ghế ngồi ở khu vực chờ.",
                false,
                null,
                Instant.parse("2026-05-20T03:00:00Z"),
                LocalDate.of(2026, 6, 3),
                false);
        signInAt(null, Role.HEAD);
        open();

        assertThat(find(Paragraph.class)
                        .withClassName("board-feedback")
                        .single()
                        .getText())
                .isEqualTo("Đang chờ trả lời: 2 phản ánh, kiến nghị, trong đó 1 quá hạn.");
        assertThat(find(Anchor.class).withText("Xem và trả lời").single().getHref())
                .isEqualTo(Routes.FEEDBACK);
    }

    @Test
    void an_administrator_sees_the_feedback_count_without_a_link_to_answer_it() {
        signInAt(null, Role.ADMIN);
        open();

        assertThat(find(Paragraph.class)
                        .withClassName("board-feedback")
                        .single()
                        .getText())
                .isEqualTo("Đang chờ trả lời: 0 phản ánh, kiến nghị, trong đó 0 quá hạn.");
        assertThat(find(Anchor.class).withText("Xem và trả lời").exists()).isFalse();
    }

    @Test
    void the_breaches_lasting_when_the_board_connects_are_listed_with_the_ticket_or_counter_they_concern() {
        signInAt(null, Role.HEAD);
        Instant at = Instant.parse("2026-06-01T02:15:00Z");
        backend.breaches.add(breach(1, NormKind.WAITING_TIME, AREA_A, null, "A001", at));
        backend.breaches.add(breach(2, NormKind.IDLE_COUNTER, null, COUNTER_1, null, at.plusSeconds(60)));
        open();

        assertThat(backend.followingBreaches).isTrue();
        assertThat(test(breaches()).size()).isEqualTo(2);
        assertThat(test(breaches()).getCellText(0, 0)).isEqualTo("Chờ quá lâu");
        assertThat(test(breaches()).getCellText(0, 1)).isEqualTo("A001 · Đầu tư - Kế hoạch");
        assertThat(test(breaches()).getCellText(0, 2)).isEqualTo("10 phút");
        assertThat(test(breaches()).getCellText(0, 3))
                .isEqualTo(DateTimeFormatter.ofPattern("HH:mm")
                        .withZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                        .format(at));
        assertThat(test(breaches()).getCellText(1, 0)).isEqualTo("Quầy không gọi số");
        assertThat(test(breaches()).getCellText(1, 1)).isEqualTo("Quầy 1");
        assertThat(find(Span.class).withClassName("no-breach").exists()).isFalse();
    }

    @Test
    void a_pushed_breach_appears_at_once_and_leaves_when_it_ends() {
        signInAt(null, Role.HEAD);
        open();
        assertThat(find(Span.class).withClassName("no-breach").single().getText())
                .isEqualTo("Không có trường hợp nào vượt định mức.");

        NormBreach queue = new NormBreach(
                3, FakeBackend.OFFICE, NormKind.QUEUE_LENGTH, null, null, null, null, 20, 21, Instant.now(), null);
        backend.push(queue);
        deliver();
        assertThat(test(breaches()).getCellText(0, 1)).isEqualTo("Toàn đơn vị");
        assertThat(test(breaches()).getCellText(0, 2)).isEqualTo("20 người chờ");

        backend.push(ended(queue));
        deliver();
        assertThat(find(Grid.class).withClassName("norm-breaches").exists()).isFalse();
        assertThat(find(Span.class).withClassName("no-breach").exists()).isTrue();
    }

    @Test
    void a_clerk_without_the_head_role_is_kept_off_the_board() {
        signInAt(null, Role.CLERK);
        assertThat(follow(Routes.BOARD)).isNotInstanceOf(BoardView.class);
    }

    @Test
    void the_board_counts_the_waiting_per_service_area() {
        signInAt(null, Role.HEAD);
        backend.issue(AREA_A);
        backend.issue(AREA_C);
        backend.issue(AREA_C);
        open();
        assertThat(tiles()).containsExactly("1 A · Đầu tư - Kế hoạch", "0 B · Xây dựng", "2 C · Đất đai");
        assertThat(find(ConnectionBanner.class).exists()).isFalse();
    }

    @Test
    void each_counter_names_its_clerk_on_duty_and_a_command_by_another_clerk_renames_it_live() {
        signInAt(null, Role.HEAD);
        backend.issue(AREA_A);
        backend.setCounter(
                COUNTER_1, c -> new CounterState(c.counterId(), 5L, null, List.of(), List.of(), null, "Lê Thị Mai"));
        open();
        assertThat(test(counters()).getCellText(0, 2)).isEqualTo("Lê Thị Mai");
        assertThat(test(counters()).getCellText(1, 2)).isEqualTo("—");

        TicketView called = backend.callNext(1, COUNTER_1);
        backend.emit(QueueEventType.CALLED, called, COUNTER_1, null, 6L, "Trần Văn Bình");
        deliver();

        assertThat(test(counters()).getCellText(0, 2)).isEqualTo("Trần Văn Bình");
    }

    @Test
    void each_counter_shows_its_current_ticket_or_its_pause_reason() {
        signInAt(null, Role.HEAD);
        TicketView ticket = backend.issue(AREA_A);
        backend.callNext(1, COUNTER_1);
        backend.setCounter(
                COUNTER_2, c -> new CounterState(c.counterId(), null, null, List.of(), List.of(), "Họp giao ban"));
        open();
        assertThat(test(counters()).getCellText(0, 0)).isEqualTo("Quầy 1");
        assertThat(test(counters()).getCellText(0, 1)).isEqualTo("Đang mời " + ticket.code() + " (gọi 1 lần)");
        assertThat(test(counters()).getCellText(1, 1)).isEqualTo("Tạm dừng: Họp giao ban");
    }

    @Test
    void the_longest_waits_come_first() {
        signInAt(null, Role.HEAD);
        backend.issue(AREA_A, null, Instant.now().minusSeconds(5 * 60));
        backend.issue(AREA_C, PriorityGroup.PREGNANT, Instant.now().minusSeconds(42 * 60));
        open();
        assertThat(test(longest()).size()).isEqualTo(2);
        assertThat(test(longest()).getCellText(0, 0)).isEqualTo("C002");
        assertThat(test(longest()).getCellText(0, 2)).isEqualTo("Phụ nữ mang thai");
        assertThat(test(longest()).getCellText(0, 3)).isEqualTo("42 phút");
    }

    @Test
    void the_board_follows_events_live() {
        signInAt(null, Role.HEAD);
        open();
        TicketView issued = backend.issue(AREA_A);
        backend.emit(QueueEventType.ISSUED, issued, null, null);
        backend.emit(QueueEventType.COUNTER_PAUSED, null, COUNTER_2, "Sự cố máy in");
        deliver();
        assertThat(tiles()).first().isEqualTo("1 A · Đầu tư - Kế hoạch");
        assertThat(test(counters()).getCellText(1, 1)).isEqualTo("Tạm dừng: Sự cố máy in");
    }

    @Test
    void a_lost_connection_is_shown_on_the_board() {
        signInAt(null, Role.HEAD);
        open();
        backend.dropConnection();
        deliver();
        assertThat(find(ConnectionBanner.class).exists()).isTrue();
    }
}
