package vn.motcua.kiosk.display;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.client.ApiException;
import vn.motcua.client.OfficeApi;
import vn.motcua.client.api.CallRecord;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.OfficeSnapshot;
import vn.motcua.client.api.QueueEvent;
import vn.motcua.client.api.QueueEventType;
import vn.motcua.client.api.TicketStatus;
import vn.motcua.client.api.TicketView;
import vn.motcua.client.testing.Fakes;
import vn.motcua.kiosk.shared.ManualScheduler;
import vn.motcua.kiosk.testing.FakeOfficeApi;
import vn.motcua.kiosk.testing.ScreenTest;

class DisplayBoardViewTest extends ScreenTest {

    private final FakeDisplayFeed feed = new FakeDisplayFeed();
    private final FakeOfficeApi offices = new FakeOfficeApi(FakeDisplayFeed.office());
    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<String> spoken = new ArrayList<>();
    private final List<String> brief = new ArrayList<>();
    private final List<List<String>> played = new ArrayList<>();
    private boolean soundEnabled;
    private final Announcer announcer = new Announcer() {
        @Override
        public void enable() {
            soundEnabled = true;
        }

        @Override
        public void announce(Announcement announcement) {
            spoken.add(announcement.text());
            brief.add(announcement.briefText());
            played.add(announcement.clips());
        }
    };

    private DisplayBoardView open() {
        DisplayBoardView board =
                new DisplayBoardView(1, () -> Fakes.of(OfficeApi.class, offices), feed, scheduler, announcer);
        UI.getCurrent().add(board);
        return board;
    }

    private static TicketView ticket(String id, String code, long area) {
        return new TicketView(
                id,
                1,
                area,
                code,
                1,
                LocalDate.of(2026, 11, 26),
                null,
                TicketStatus.WAITING,
                null,
                null,
                0,
                Instant.parse("2026-11-26T01:00:00Z"),
                null,
                null,
                null);
    }

    private static OfficeSnapshot snapshot() {
        return new OfficeSnapshot(
                1,
                40,
                Map.of(
                        11L,
                        List.of(ticket("w1", "A024", 11), ticket("w2", "A025", 11)),
                        13L,
                        List.of(ticket("w3", "C007", 13))),
                List.of(),
                List.of(
                        new CallRecord("c1", "A021", 31, "Quầy 3", 11, Instant.parse("2026-11-26T01:00:00Z")),
                        new CallRecord("c2", "C006", 35, "Quầy 5", 13, Instant.parse("2026-11-26T01:05:00Z"))));
    }

    private static QueueEvent called(long seq, String ticketId, String code, long counterId, String counterName) {
        return new QueueEvent(
                1,
                seq,
                QueueEventType.CALLED,
                Instant.parse("2026-11-26T01:10:00Z"),
                ticket(ticketId, code, 11),
                counterId,
                counterName,
                null,
                Map.of(11L, 1));
    }

    private void fromServer(Runnable delivery) {
        delivery.run();
        runUiAccessTasks();
    }

    private List<String> callNumbers() {
        return find(Span.class).withClassName("call-number").all().stream()
                .map(Span::getText)
                .skip(1)
                .toList();
    }

    private String latestNumber() {
        Div latest = find(Div.class).withClassName("board-call-latest").single();
        return find(Span.class, latest).withClassName("call-number").single().getText();
    }

    private List<String> waitingCounts() {
        return find(Span.class).withClassName("area-count").all().stream()
                .map(Span::getText)
                .toList();
    }

    @Test
    void appliesTheSnapshotNewestCallFirstWithWaitingCountsPerArea() {
        open();
        fromServer(() -> feed.listener.onSnapshot(snapshot()));

        assertThat(callNumbers()).containsExactly("C006", "A021");
        assertThat(latestNumber()).isEqualTo("C006");
        assertThat(waitingCounts()).containsExactly("2", "1");
        assertThat(spoken).isEmpty();
    }

    @Test
    void aNewCountChangesInPlaceSoThatALongListOfAreasKeepsSliding() {
        open();
        fromServer(() -> feed.listener.onSnapshot(snapshot()));
        Div areas = find(Div.class).withClassName("board-areas").single();

        fromServer(() -> feed.listener.onEvent(called(41, "w1", "A024", 31, "Quầy 3")));

        assertThat(find(Div.class).withClassName("board-areas").single()).isSameAs(areas);
        assertThat(waitingCounts()).containsExactly("1", "1");
        assertThat(areas.getStyle().get("--areas")).isEqualTo("2");
    }

    @Test
    void aCallIsAlsoGivenItsBriefFormForWhenOthersWait() {
        open();
        fromServer(() -> feed.listener.onSnapshot(snapshot()));

        fromServer(() -> feed.listener.onEvent(called(41, "w1", "A024", 31, "Quầy 3")));

        assertThat(brief).containsExactly("a hai mươi bốn đến quầy số ba");
    }

    @Test
    void aCallEventGoesOnTopHighlightedUpdatesTheCountsAndIsAnnounced() {
        open();
        fromServer(() -> feed.listener.onSnapshot(snapshot()));

        fromServer(() -> feed.listener.onEvent(called(41, "w1", "A024", 31, "Quầy 3")));

        assertThat(callNumbers()).containsExactly("A024", "C006", "A021");
        assertThat(latestNumber()).isEqualTo("A024");
        assertThat(waitingCounts()).containsExactly("1", "1");
        assertThat(spoken).containsExactly("Mời công dân có số thứ tự a hai mươi bốn đến quầy số ba");
        assertThat(played)
                .containsExactly(
                        List.of("moi-cong-dan-co-so-thu-tu", "chu-a", "hai", "muoi-ngang", "bon", "den-quay-so", "ba"));
    }

    @Test
    void theCallIsAnnouncedInVietnameseOnAScreenInEnglish() {
        open();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        fromServer(() -> feed.listener.onSnapshot(snapshot()));

        fromServer(() -> feed.listener.onEvent(called(41, "w1", "C015", 35, "Quầy 5")));

        assertThat(spoken).containsExactly("Mời công dân có số thứ tự xê mười lăm đến quầy số năm");
    }

    @Test
    void aCounterOpenedAfterTheBoardReadItsOfficeIsLookedUpAgainToBeAnnounced() {
        open();
        fromServer(() -> feed.listener.onSnapshot(snapshot()));
        offices.office = FakeDisplayFeed.office(new CounterView(37, 12, "Quầy lưu động", List.of(11L), true));

        fromServer(() -> feed.listener.onEvent(called(41, "w1", "A024", 37, "Quầy lưu động")));

        assertThat(spoken).containsExactly("Mời công dân có số thứ tự a hai mươi bốn đến quầy số mười hai");
        assertThat(latestNumber()).isEqualTo("A024");
    }

    @Test
    void aRecallMovesTheNumberBackToTheTopInsteadOfListingItTwice() {
        open();
        fromServer(() -> feed.listener.onSnapshot(snapshot()));

        fromServer(() -> feed.listener.onEvent(new QueueEvent(
                1, 41, QueueEventType.RECALLED, Instant.now(), ticket("c1", "A021", 11), 31L, "Quầy 3", null, null)));

        assertThat(callNumbers()).containsExactly("A021", "C006");
        assertThat(spoken).hasSize(1);
    }

    @Test
    void eventsThatAreNotCallsAreNotAnnounced() {
        open();
        fromServer(() -> feed.listener.onSnapshot(snapshot()));

        fromServer(() -> feed.listener.onEvent(new QueueEvent(
                1,
                41,
                QueueEventType.ISSUED,
                Instant.now(),
                ticket("w9", "C008", 13),
                null,
                null,
                null,
                Map.of(13L, 2))));

        assertThat(spoken).isEmpty();
        assertThat(waitingCounts()).containsExactly("2", "2");
    }

    @Test
    void showsTheLostConnectionBadgeUntilTheLiveConnectionIsBack() {
        open();
        Span badge = find(Span.class).withClassName("board-offline").single();
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getText()).isEqualTo("Mất kết nối");

        fromServer(() -> feed.listener.onConnectionChanged(true));
        assertThat(badge.isVisible()).isFalse();

        fromServer(() -> feed.listener.onConnectionChanged(false));
        assertThat(badge.isVisible()).isTrue();
    }

    @Test
    void theSnapshotAfterAReconnectReplacesWhatWasShown() {
        open();
        fromServer(() -> feed.listener.onEvent(called(41, "x", "A099", 31, "Quầy 3")));

        fromServer(() -> feed.listener.onSnapshot(snapshot()));

        assertThat(callNumbers()).containsExactly("C006", "A021");
    }

    @Test
    void soundIsTurnedOnByOneTapAndTheOverlayGoesAway() {
        open();

        test(find(Button.class).withText("Chạm vào đây để bật âm thanh gọi số").single())
                .click();

        assertThat(soundEnabled).isTrue();
        assertThat(find(Div.class).withClassName("board-sound").all())
                .as("visible overlays")
                .isEmpty();
    }

    @Test
    void anUnreachableServerAtStartIsRetriedUntilTheBoardSubscribes() {
        offices.officeFailure = new ApiException(0, "UNREACHABLE", "down", null);
        open();
        assertThat(feed.listener).isNull();

        offices.officeFailure = null;
        scheduler.pass(DisplayBoardView.RETRY);

        assertThat(feed.listener).isNotNull();
    }

    private Div noticeBand() {
        return find(Div.class).withClassName("board-notice").single();
    }

    private String noticeText() {
        return find(Span.class, noticeBand())
                .withClassName("board-notice-text")
                .single()
                .getText();
    }

    @Test
    void theAdministratorsNoticeShowsInABandAtTheBottom() {
        offices.notice = "Từ 01/12 nhận hồ sơ đất đai vào buổi sáng";
        DisplayBoardView board = open();

        assertThat(noticeBand().isVisible()).isTrue();
        assertThat(noticeText()).isEqualTo("Từ 01/12 nhận hồ sơ đất đai vào buổi sáng");
        assertThat(board.getChildren().toList().indexOf(noticeBand()))
                .isGreaterThan(board.getChildren()
                        .toList()
                        .indexOf(find(Div.class).withClassName("board-body").single()));
    }

    @Test
    void anEmptyNoticeHidesTheBand() {
        offices.notice = "  ";
        open();

        assertThat(find(Div.class).withClassName("board-notice").all())
                .as("visible bands")
                .isEmpty();
    }

    @Test
    void theNoticeIsReadAgainEveryMinuteAndAClearedOneHidesTheBand() {
        offices.notice = "Chiều nay nghỉ từ 16 giờ";
        open();

        offices.notice = "Chiều nay nghỉ từ 15 giờ";
        scheduler.pass(DisplayBoardView.NOTICE_REFRESH);
        assertThat(noticeText()).isEqualTo("Chiều nay nghỉ từ 15 giờ");

        offices.notice = "";
        scheduler.pass(DisplayBoardView.NOTICE_REFRESH);
        assertThat(find(Div.class).withClassName("board-notice").all())
                .as("visible bands")
                .isEmpty();
        assertThat(offices.noticeReads).isEqualTo(3);
    }

    @Test
    void aNoticeThatCannotBeReadLeavesTheBoardWorkingAndIsTriedAgain() {
        offices.noticeFailure = new ApiException(0, "UNREACHABLE", "down", null);
        open();
        assertThat(feed.listener).as("the board subscribed all the same").isNotNull();
        assertThat(find(Div.class).withClassName("board-notice").all())
                .as("visible bands")
                .isEmpty();

        offices.noticeFailure = null;
        offices.notice = "Chiều nay nghỉ từ 16 giờ";
        scheduler.pass(DisplayBoardView.NOTICE_REFRESH);
        assertThat(noticeText()).isEqualTo("Chiều nay nghỉ từ 16 giờ");

        offices.noticeFailure = new ApiException(503, null, "busy", null);
        scheduler.pass(DisplayBoardView.NOTICE_REFRESH);
        assertThat(noticeText()).as("the last notice stays").isEqualTo("Chiều nay nghỉ từ 16 giờ");
        fromServer(() -> feed.listener.onSnapshot(snapshot()));
        assertThat(callNumbers()).containsExactly("C006", "A021");
    }

    @Test
    void aRevokedDeviceFoundAtTheNoticeRefreshShowsThatInsteadOfTheBoardAndStops() {
        open();
        fromServer(() -> feed.listener.onSnapshot(snapshot()));

        offices.noticeFailure = new ApiException(401, "UNAUTHORIZED", "device revoked", null);
        scheduler.pass(DisplayBoardView.NOTICE_REFRESH);

        assertThat(find(Div.class)
                        .withClassName("board-refused")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("Màn hình này không còn được phép hiển thị bảng gọi số");
        assertThat(find(Span.class).withClassName("call-number").all())
                .as("no stale calls")
                .isEmpty();
        assertThat(feed.closed).as("the subscription").isTrue();
        assertThat(scheduler.pendingCount()).as("nothing tried again").isZero();
    }

    @Test
    void aDeviceRefusedAtStartIsNotRetriedLikeAnUnreachableServer() {
        offices.officeFailure = new ApiException(403, "FORBIDDEN", "not this office", null);

        open();

        assertThat(find(Div.class).withClassName("board-refused").all()).hasSize(1);
        assertThat(feed.listener).as("never subscribed").isNull();
        assertThat(scheduler.pendingCount()).isZero();
    }

    @Test
    void leavingTheScreenClosesTheSubscription() {
        DisplayBoardView board = open();

        UI.getCurrent().remove(board);

        assertThat(feed.closed).isTrue();
        assertThat(scheduler.pendingCount()).as("no notice refresh left behind").isZero();
    }
}
