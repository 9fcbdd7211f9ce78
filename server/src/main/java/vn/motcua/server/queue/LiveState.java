package vn.motcua.server.queue;

import java.util.List;
import java.util.Map;

/**
 * An office's live state for one day as the record holds it, read in the transaction that made
 * {@code epoch} the office's current one: no command of an older epoch can be recorded after it.
 */
record LiveState(
        long epoch,
        int closedFromEarlierDays,
        List<TicketRow> openTickets,
        Map<Long, Integer> lastNumbers,
        Map<Long, List<Long>> recentDurations,
        List<ScriptReply.Call> recentCalls,
        List<ScriptCommand.OpenPause> openPauses,
        Map<Long, Long> clerksOnDuty,
        Map<String, String> keys) {}
