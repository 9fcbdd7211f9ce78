package vn.motcua.server.queue;

import java.util.HashMap;
import java.util.Map;
import vn.motcua.client.LiveListener;
import vn.motcua.client.api.OfficeSnapshot;
import vn.motcua.client.api.QueueEvent;

/** What a screen following the office live believes: the waiting count of each area, as of a sequence number. */
final class WaitingModel implements LiveListener {

    private final Map<Long, Integer> waiting = new HashMap<>();
    private long seq;

    @Override
    public synchronized void onSnapshot(OfficeSnapshot snapshot) {
        waiting.clear();
        snapshot.waitingByArea().forEach((area, tickets) -> waiting.put(area, tickets.size()));
        seq = snapshot.seq();
    }

    @Override
    public synchronized void onEvent(QueueEvent event) {
        waiting.putAll(event.waiting());
        seq = event.seq();
    }

    synchronized long seq() {
        return seq;
    }

    synchronized Map<Long, Integer> waiting() {
        return Map.copyOf(waiting);
    }
}
