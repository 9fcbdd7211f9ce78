package vn.motcua.client.api;

import java.util.List;
import java.util.Map;

/**
 * The whole live state of one office at event sequence {@code seq}: a client applies the events
 * with a higher sequence on top of it, and fetches a new snapshot when it sees a gap.
 */
public record OfficeSnapshot(
        long officeId,
        long seq,
        Map<Long, List<TicketView>> waitingByArea,
        List<CounterState> counters,
        List<CallRecord> recentCalls) {

    public int waitingCount(long areaId) {
        return waitingByArea.getOrDefault(areaId, List.of()).size();
    }
}
