package vn.motcua.kiosk.display;

import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import vn.motcua.client.LiveListener;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.ServiceAreaView;

/**
 * An office with two areas and two counters; the test plays the server's side of the subscription, which reaches
 * the board through the real sharing of {@link OfficeBoards}.
 */
final class FakeDisplayFeed implements DisplayFeed {

    static final ServiceAreaView INVESTMENT =
            new ServiceAreaView(11, "DAUTU", "Đầu tư - Kế hoạch", "Investment", "A", null, true);
    static final ServiceAreaView LAND = new ServiceAreaView(13, "DATDAI", "Đất đai", "Land", "C", null, true);
    static final List<CounterView> COUNTERS = List.of(
            new CounterView(31, 3, "Quầy 3", List.of(11L), true), new CounterView(35, 5, "Quầy 5", List.of(13L), true));

    private final OfficeBoards boards = new OfficeBoards();
    LiveListener listener;
    boolean closed;

    /** The office with its two counters and {@code opened} since. */
    static OfficeView office(CounterView... opened) {
        return new OfficeView(
                1,
                "TTHCC",
                "Trung tâm Phục vụ hành chính công",
                "H00",
                "Asia/Ho_Chi_Minh",
                LocalTime.MIN,
                LocalTime.MAX,
                true,
                true,
                3,
                List.of(INVESTMENT, LAND),
                Stream.concat(COUNTERS.stream(), Stream.of(opened)).toList());
    }

    @Override
    public AutoCloseable subscribe(BoardListener board) {
        return boards.join(
                1,
                live -> {
                    listener = live;
                    return () -> closed = true;
                },
                board);
    }
}
