package vn.motcua.kiosk.rating;

import java.util.List;
import vn.motcua.client.LiveListener;
import vn.motcua.client.api.CounterView;

final class FakeCounterFeed implements CounterFeed {

    static final CounterView COUNTER = new CounterView(31, 3, "Quầy 3 — Đầu tư", List.of(11L), true);

    LiveListener listener;

    @Override
    public CounterView counter() {
        return COUNTER;
    }

    @Override
    public AutoCloseable subscribe(LiveListener listener) {
        this.listener = listener;
        return () -> {};
    }
}
