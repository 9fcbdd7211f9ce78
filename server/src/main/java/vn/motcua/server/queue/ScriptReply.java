package vn.motcua.server.queue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What queue.lua answered, decoded once by {@link ScriptWire}. Each kind of command has its own sealed
 * family of answers, so a caller's switch names every answer that command can give and no other.
 */
sealed interface ScriptReply {

    /** Answers to issuing a ticket. */
    sealed interface IssueReply extends ScriptReply {}

    /** Answers to a command that changes the queue (every one but issue). */
    sealed interface ChangeReply extends ScriptReply {}

    /** Answers to reading one ticket. */
    sealed interface TicketReply extends ScriptReply {}

    /** Answers to reading a ticket's position. */
    sealed interface PositionReply extends ScriptReply {}

    /** Answers to reading the office's snapshot. */
    sealed interface SnapshotReply extends ScriptReply {}

    /** Answers to loading the office's state from the record. */
    sealed interface LoadReply extends ScriptReply {}

    /** A command that was applied: the event it published and the epoch it ran under, to be recorded. */
    sealed interface Applied extends ScriptReply {
        long epoch();

        Event event();
    }

    /** The script holds no state of the office for this day: rebuild it from the record, then run again. */
    record NotLoaded() implements IssueReply, ChangeReply, TicketReply, PositionReply, SnapshotReply {}

    /**
     * The command was refused and changed nothing. The details the refusal names, where it has them: the
     * ticket's {@code status}, the counter's pause {@code reason}, the {@code ticket} a busy counter holds,
     * the area's daily {@code limit}.
     */
    record Refused(Refusal refusal, String status, String reason, String ticket, Long limit)
            implements IssueReply, ChangeReply, TicketReply, PositionReply {}

    /**
     * A command with an Idempotency-Key already applied today: the ticket its first attempt acted on (null
     * when it acted on none, as a pause), instead of acting again.
     */
    record Replayed(long epoch, String ticketId) implements IssueReply, ChangeReply {}

    /** A ticket was issued, with the people before it and the area's mean service time (0 when none yet). */
    record Issued(long epoch, Event event, int ahead, double avgServiceSeconds) implements IssueReply, Applied {
        TicketRow ticket() {
            return event.ticket();
        }
    }

    /** A change was applied. */
    record Changed(long epoch, Event event) implements ChangeReply, Applied {}

    record Found(TicketRow ticket) implements TicketReply {}

    /** Where a ticket stands: the people before it (0 unless waiting) and its area's mean service time. */
    record Position(TicketRow ticket, int ahead, double avgServiceSeconds) implements PositionReply {}

    /** The office's live state: waiting tickets per area in calling order, the counters, the recent calls. */
    record Snapshot(long seq, Map<Long, List<TicketRow>> waiting, List<Counter> counters, List<Call> calls)
            implements SnapshotReply {}

    record Loaded(long epoch) implements LoadReply {}

    /** Another instance loaded the office under a newer epoch; this older state was not loaded. */
    record StaleLoad() implements LoadReply {}

    /**
     * What the script published: its sequence number, type, time, the ticket as it is now (null for a
     * counter's pause), the counter, the reason, the waiting count of each area it changed, the clerk.
     */
    record Event(
            long seq,
            String type,
            Instant at,
            TicketRow ticket,
            Long counter,
            String reason,
            Map<Long, Integer> waiting,
            Long clerk) {}

    /** A counter in the snapshot; {@code clerk} is the one on duty, {@code paused} the reason (null when open). */
    record Counter(
            long id, Long clerk, TicketRow current, List<TicketRow> parked, List<TicketRow> queued, String paused) {}

    /** A call shown on the display board. */
    record Call(String ticketId, String code, long counter, long area, Instant at) {}

    /** The script's refusal codes; the API answers with the same code. */
    enum Refusal {
        NOT_FOUND,
        DAILY_LIMIT,
        QUEUE_EMPTY,
        COUNTER_BUSY,
        COUNTER_PAUSED,
        NOT_PAUSED,
        NO_CURRENT_TICKET,
        WRONG_STATE,
        NOT_SERVED_HERE,
        NOT_PARKED_HERE
    }
}
