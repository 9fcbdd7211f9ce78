package vn.motcua.kiosk.display;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.client.api.CallRecord;
import vn.motcua.client.api.OfficeSnapshot;
import vn.motcua.client.api.QueueEvent;

/** What the hall board shows, kept apart from the screen: the latest calls, newest first, and the waiting counts. */
final class Board {

    /** A busy hall's last ten calls: a citizen who looked away for a few calls still finds their number. */
    static final int SHOWN_CALLS = 10;

    private final List<CallRecord> calls = new ArrayList<>();
    private final Map<Long, Integer> waiting = new HashMap<>();

    void apply(OfficeSnapshot snapshot) {
        calls.clear();
        snapshot.recentCalls().stream()
                .sorted(Comparator.comparing(CallRecord::at, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
                        .reversed())
                .limit(SHOWN_CALLS)
                .forEach(calls::add);
        waiting.clear();
        snapshot.waitingByArea().forEach((area, tickets) -> waiting.put(area, tickets.size()));
    }

    /** Applies one event; returns the call to announce if it is one. */
    Optional<CallRecord> apply(QueueEvent event) {
        if (event.waiting() != null) {
            waiting.putAll(event.waiting());
        }
        if (!event.type().isAnnouncement() || event.ticket() == null || event.counterId() == null) {
            return Optional.empty();
        }
        CallRecord call = new CallRecord(
                event.ticket().id(),
                event.ticket().code(),
                event.counterId(),
                event.counterName(),
                event.ticket().areaId(),
                event.at());
        // a recall moves the number back to the top rather than listing it twice
        calls.removeIf(c -> c.ticketId().equals(call.ticketId()));
        calls.addFirst(call);
        while (calls.size() > SHOWN_CALLS) {
            calls.removeLast();
        }
        return Optional.of(call);
    }

    /** What the board shows now, as a value that all the screens of the office can hold at once. */
    State state() {
        return new State(List.copyOf(calls), Map.copyOf(waiting));
    }

    record State(List<CallRecord> calls, Map<Long, Integer> waitingByArea) {

        static final State EMPTY = new State(List.of(), Map.of());

        int waiting(long areaId) {
            return waitingByArea.getOrDefault(areaId, 0);
        }
    }
}
