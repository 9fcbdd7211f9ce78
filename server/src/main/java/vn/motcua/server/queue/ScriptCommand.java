package vn.motcua.server.queue;

import java.util.List;
import java.util.Map;

/**
 * The commands of queue.lua with their arguments, one record each. A record's components are the script's
 * argument names ({@link ScriptWire} writes them as its JSON; a null component is left out, which the
 * script reads as "not given"). The time, the local day, the office and the Idempotency-Key are added by
 * {@link QueueScript}, the same for every command.
 */
sealed interface ScriptCommand {

    /** The command's name in queue.lua. */
    default String name() {
        return switch (this) {
            case Issue i -> "issue";
            case CallNext c -> "callNext";
            case CallTicket c -> "callTicket";
            case Recall r -> "recall";
            case Start s -> "start";
            case Finish f -> "finish";
            case NoShow n -> "noShow";
            case Park p -> "park";
            case Unpark u -> "unpark";
            case Transfer t -> "transfer";
            case Reactivate r -> "reactivate";
            case Cancel c -> "cancel";
            case Pause p -> "pause";
            case Resume r -> "resume";
            case ReadTicket r -> "ticket";
            case ReadPosition r -> "position";
            case ReadSnapshot r -> "snapshot";
            case Load l -> "load";
            case Forget f -> "forget";
            case Reclaim r -> "reclaim";
        };
    }

    /** Commands that change the queue; they answer with the event they published, or a replay, or a refusal. */
    sealed interface Change extends ScriptCommand {}

    /**
     * A ticket for {@code area}, numbered with its {@code prefix}; {@code limit} tickets a day at most (null: no limit);
     * {@code appointment} is the booking code it was checked in with (null for a walk-in).
     */
    record Issue(String id, long area, String prefix, Integer limit, String priority, String appointment)
            implements ScriptCommand {}

    /** The next ticket for a counter serving {@code areas}, priority tickets at most {@code priorityRun} in a row. */
    record CallNext(long counter, List<Long> areas, int priorityRun, long clerk) implements Change {}

    record CallTicket(long counter, List<Long> areas, String ticket, long clerk) implements Change {}

    record Recall(long counter, long clerk) implements Change {}

    record Start(long counter, long clerk) implements Change {}

    record Finish(long counter, long clerk) implements Change {}

    record NoShow(long counter, long clerk) implements Change {}

    record Park(long counter, long clerk) implements Change {}

    record Unpark(long counter, String ticket, long clerk) implements Change {}

    /** Exactly one of {@code toArea} and {@code toCounter} is given. */
    record Transfer(long counter, long clerk, Long toArea, Long toCounter) implements Change {}

    record Reactivate(String ticket) implements Change {}

    record Cancel(String ticket, String reason) implements Change {}

    record Pause(long counter, long clerk, String reason) implements Change {}

    /** Resuming names no clerk: the one on duty stays whoever paused the counter. */
    record Resume(long counter) implements Change {}

    record ReadTicket(String ticket) implements ScriptCommand {}

    record ReadPosition(String ticket) implements ScriptCommand {}

    record ReadSnapshot(List<Long> areas, List<Long> counters) implements ScriptCommand {}

    /**
     * Replaces the office's live state for the day with what the record holds, under {@code epoch}; the
     * sequence moves up to at least {@code seqFloor}. Maps are keyed by area or counter id.
     */
    record Load(
            long epoch,
            long seqFloor,
            List<Long> areas,
            List<Long> counters,
            List<TicketRow> tickets,
            Map<Long, Integer> numbers,
            Map<Long, List<Long>> durations,
            List<ScriptReply.Call> calls,
            List<OpenPause> pauses,
            Map<Long, Long> clerks,
            Map<String, String> keys)
            implements ScriptCommand {}

    /** A counter paused and not yet resumed, as the record holds it. */
    record OpenPause(long counter, String reason) {}

    /** Drops the office's state unless a rebuild already replaced the state that ran under {@code epoch}. */
    record Forget(long epoch) implements ScriptCommand {}

    /** Drops the office's state when a command applied before {@code before} (epoch ms) was never confirmed. */
    record Reclaim(long before) implements ScriptCommand {}
}
