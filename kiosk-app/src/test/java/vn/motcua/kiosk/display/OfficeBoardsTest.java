package vn.motcua.kiosk.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.client.ApiException;
import vn.motcua.client.LiveListener;
import vn.motcua.client.api.CallRecord;
import vn.motcua.client.api.OfficeSnapshot;
import vn.motcua.client.api.QueueEvent;
import vn.motcua.client.api.QueueEventType;
import vn.motcua.client.api.TicketStatus;
import vn.motcua.client.api.TicketView;

class OfficeBoardsTest {

    /** The timers the boards set, run by the test when it lets the grace run out. */
    private final List<Runnable> pending = new ArrayList<>();

    private final OfficeBoards boards = new OfficeBoards((delay, task) -> {
        assertThat(delay).isEqualTo(OfficeBoard.CARRIER_GRACE);
        pending.add(task);
        return () -> pending.remove(task);
    });
    private final List<Device> devices = new ArrayList<>();

    private void graceRunsOut() {
        List<Runnable> due = List.copyOf(pending);
        pending.clear();
        due.forEach(Runnable::run);
    }

    /** One board's device: how many subscriptions it opened through it, and the one now open. */
    private final class Device implements OfficeBoards.Opener {
        int opened;
        LiveListener live;
        boolean closed;
        RuntimeException refusal;

        @Override
        public AutoCloseable open(LiveListener listener) {
            if (refusal != null) {
                throw refusal;
            }
            opened++;
            live = listener;
            closed = false;
            return () -> closed = true;
        }
    }

    /** One open board: everything it was shown, in order. */
    private static class Screen implements BoardListener {
        final List<String> seen = new ArrayList<>();
        final List<String> announced = new ArrayList<>();
        Boolean connected;

        @Override
        public void show(Board.State state, Optional<CallRecord> call) {
            seen.add(String.join(
                    ",", state.calls().stream().map(CallRecord::code).toList()));
            call.ifPresent(c -> announced.add(c.code()));
        }

        @Override
        public void onConnectionChanged(boolean now) {
            connected = now;
        }
    }

    private Device device() {
        Device device = new Device();
        devices.add(device);
        return device;
    }

    private static TicketView ticket(String code) {
        return new TicketView(
                "t-" + code,
                1,
                11,
                code,
                1,
                LocalDate.of(2026, 11, 26),
                null,
                TicketStatus.CALLED,
                31L,
                null,
                1,
                Instant.parse("2026-11-26T01:00:00Z"),
                Instant.parse("2026-11-26T01:00:00Z"),
                null,
                null);
    }

    private static QueueEvent called(long seq, String code) {
        return new QueueEvent(
                1,
                seq,
                QueueEventType.CALLED,
                Instant.parse("2026-11-26T01:10:00Z"),
                ticket(code),
                31L,
                "Quầy 3",
                null,
                Map.of(11L, 1));
    }

    private static OfficeSnapshot snapshot(long seq, String... calls) {
        List<CallRecord> recent = new ArrayList<>();
        for (int i = 0; i < calls.length; i++) {
            recent.add(new CallRecord(
                    "t-" + calls[i],
                    calls[i],
                    31,
                    "Quầy 3",
                    11,
                    Instant.parse("2026-11-26T01:00:00Z").plusSeconds(i)));
        }
        return new OfficeSnapshot(1, seq, Map.of(), List.of(), recent);
    }

    @Test
    void theBoardsOfOneOfficeShareOneSubscriptionOpenedWithTheFirstAndClosedWithTheLast() throws Exception {
        Device first = device();
        Device second = device();
        AutoCloseable a = boards.join(1, first, new Screen());
        AutoCloseable b = boards.join(1, second, new Screen());

        assertThat(first.opened + second.opened).isEqualTo(1);

        b.close();
        assertThat(first.closed).isFalse();
        a.close();
        assertThat(first.closed).isTrue();

        boards.join(1, second, new Screen());
        assertThat(second.opened).as("a new first board opens again").isEqualTo(1);
    }

    @Test
    void eachOfficeHasItsOwnSubscription() {
        Device here = device();
        Device there = device();
        boards.join(1, here, new Screen());
        boards.join(2, there, new Screen());

        assertThat(here.opened).isOne();
        assertThat(there.opened).isOne();
    }

    @Test
    void everyBoardSeesEveryChangeInOrderAndEachAnnouncesEachCall() {
        Device device = device();
        Screen one = new Screen();
        Screen two = new Screen();
        boards.join(1, device, one);
        boards.join(1, device(), two);

        device.live.onSnapshot(snapshot(40, "A021"));
        device.live.onEvent(called(41, "A022"));
        device.live.onEvent(called(42, "A023"));

        for (Screen screen : List.of(one, two)) {
            assertThat(screen.seen).containsExactly("A021", "A022,A021", "A023,A022,A021");
            assertThat(screen.announced).containsExactly("A022", "A023");
        }
    }

    @Test
    void aBoardOpenedLaterStartsFromTheBoardAsItStandsAndLiveWithoutANewSnapshot() {
        Device device = device();
        boards.join(1, device, new Screen());
        device.live.onConnectionChanged(true);
        device.live.onSnapshot(snapshot(40, "A021"));
        device.live.onEvent(called(41, "A022"));

        Screen late = new Screen();
        boards.join(1, device(), late);

        assertThat(late.seen).containsExactly("A022,A021");
        assertThat(late.announced).as("an earlier call is not announced again").isEmpty();
        assertThat(late.connected).isTrue();
    }

    @Test
    void aSnapshotAfterANetworkBlipReplacesWhatEveryBoardShows() {
        Device device = device();
        Screen one = new Screen();
        Screen two = new Screen();
        boards.join(1, device, one);
        boards.join(1, device(), two);
        device.live.onSnapshot(snapshot(40, "A021"));
        device.live.onEvent(called(41, "A099"));

        device.live.onConnectionChanged(false);
        assertThat(one.connected).isFalse();
        device.live.onConnectionChanged(true);
        device.live.onSnapshot(snapshot(50, "B001"));

        assertThat(one.seen.getLast()).isEqualTo("B001");
        assertThat(two.seen.getLast()).isEqualTo("B001");
        assertThat(two.connected).isTrue();
    }

    @Test
    void whenTheBoardWhoseDeviceCarriesTheSubscriptionClosesAnotherBoardsDeviceTakesOver() throws Exception {
        Device carrier = device();
        Device next = device();
        AutoCloseable first = boards.join(1, carrier, new Screen());
        Screen staying = new Screen();
        boards.join(1, next, staying);
        LiveListener old = carrier.live;
        old.onSnapshot(snapshot(40, "A021"));

        first.close();

        assertThat(carrier.closed).isTrue();
        assertThat(next.opened).isOne();
        old.onEvent(called(41, "A999"));
        assertThat(staying.seen).as("nothing from the closed subscription").containsExactly("A021");
        next.live.onSnapshot(snapshot(41, "A022", "A021"));
        assertThat(staying.seen.getLast()).isEqualTo("A021,A022");
    }

    @Test
    void whenTheCarryingDeviceStaysDisconnectedForTheGraceAnotherBoardsDeviceTakesOver() {
        Device carrier = device();
        Device next = device();
        Screen first = new Screen();
        Screen second = new Screen();
        boards.join(1, carrier, first);
        boards.join(1, next, second);
        LiveListener old = carrier.live;
        old.onConnectionChanged(true);
        old.onSnapshot(snapshot(40, "A021"));

        old.onConnectionChanged(false);
        graceRunsOut();

        assertThat(carrier.closed).as("the refused device's subscription").isTrue();
        assertThat(next.opened).isOne();
        next.live.onConnectionChanged(true);
        next.live.onSnapshot(snapshot(42, "A022", "A021"));
        assertThat(first.connected).isTrue();
        assertThat(second.seen.getLast()).isEqualTo("A021,A022");
        assertThat(first.seen.getLast()).isEqualTo("A021,A022");
        assertThat(pending).as("nothing left to watch once live").isEmpty();
    }

    @Test
    void aBlipShorterThanTheGraceKeepsTheSubscriptionAndItsDevice() {
        Device carrier = device();
        Device next = device();
        boards.join(1, carrier, new Screen());
        boards.join(1, next, new Screen());
        carrier.live.onConnectionChanged(true);

        carrier.live.onConnectionChanged(false);
        carrier.live.onConnectionChanged(true);
        graceRunsOut();

        assertThat(carrier.closed).isFalse();
        assertThat(next.opened).isZero();
    }

    @Test
    void aLoneBoardsSubscriptionReconnectsByItselfWithoutAHandOver() {
        Device only = device();
        boards.join(1, only, new Screen());

        only.live.onConnectionChanged(false);

        assertThat(pending).isEmpty();
        assertThat(only.closed).isFalse();
    }

    @Test
    void whenNoOtherDeviceCanOpenItTheCarriersDeviceOpensAFreshSubscriptionAndTheWatchGoesOn() {
        Device carrier = device();
        Device refused = device();
        boards.join(1, carrier, new Screen());
        boards.join(1, refused, new Screen());
        refused.refusal = new ApiException(401, "UNAUTHORIZED", "revoked", null);

        carrier.live.onConnectionChanged(false);
        graceRunsOut();

        assertThat(carrier.opened).isEqualTo(2);
        assertThat(pending).as("the fresh subscription is watched too").hasSize(1);
    }

    @Test
    void oneBoardGoingAwayDoesNotKeepAChangeFromTheOthers() {
        Device device = device();
        boards.join(1, device, new Screen() {
            @Override
            public void show(Board.State state, Optional<CallRecord> call) {
                throw new IllegalStateException("UI detached");
            }
        });
        Screen other = new Screen();
        boards.join(1, device(), other);

        device.live.onSnapshot(snapshot(40, "A021"));

        assertThat(other.seen).containsExactly("A021");
    }

    @Test
    void aFirstBoardThatCannotOpenTheSubscriptionLeavesNothingBehind() {
        Device unreachable = device();
        unreachable.refusal = new ApiException(0, "UNREACHABLE", "down", null);

        assertThatThrownBy(() -> boards.join(1, unreachable, new Screen())).isSameAs(unreachable.refusal);

        Device device = device();
        boards.join(1, device, new Screen());
        assertThat(device.opened).isOne();
    }
}
