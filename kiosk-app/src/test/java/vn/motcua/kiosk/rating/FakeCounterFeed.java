package vn.motcua.kiosk.rating;

import java.util.List;
import vn.motcua.client.LiveListener;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.OfficeView;

/** The counter's events as the test plays them. */
final class FakeCounterFeed implements CounterFeed {

    static final CounterView COUNTER = new CounterView(31, 3, "Quầy 3 — Đầu tư", List.of(11L), true);
    static final OfficeView OFFICE = new OfficeView(
            1,
            "TTHCC",
            "Trung tâm Phục vụ hành chính công",
            "000.00.00.H00",
            "Asia/Ho_Chi_Minh",
            null,
            null,
            false,
            false,
            3,
            List.of(),
            List.of(new CounterView(35, 5, "Quầy 5", List.of(13L), true), COUNTER));

    LiveListener listener;

    @Override
    public AutoCloseable subscribe(LiveListener listener) {
        this.listener = listener;
        return () -> {};
    }
}
