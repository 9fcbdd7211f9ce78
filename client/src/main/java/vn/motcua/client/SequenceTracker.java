package vn.motcua.client;

import vn.motcua.client.api.QueueEvent;
import vn.motcua.client.api.QueueEventType;

/**
 * Decides, for each event, whether it follows the state a screen holds. Kept apart from the network code
 * so the rule is easy to read and to test: apply the next number, drop what is already applied (the
 * snapshot included it), and resynchronise on a gap or when the server says its queues were rebuilt.
 */
final class SequenceTracker {

    enum Verdict {
        APPLY,
        IGNORE,
        RESYNC
    }

    private final boolean subset;
    private long seq = -1;

    /** For a topic that carries every event of the office: a number skipped is an event lost. */
    SequenceTracker() {
        this(false);
    }

    /**
     * @param subset whether the topic carries only some of the office's events (one counter's), whose numbers
     *     skip those of the others: a skipped number there is not a loss, and an event must not wait for a
     *     snapshot that cannot hold it (a rating tablet would miss the FINISHED that asks the citizen)
     */
    SequenceTracker(boolean subset) {
        this.subset = subset;
    }

    synchronized void reset(long snapshotSeq) {
        seq = snapshotSeq;
    }

    synchronized Verdict accept(QueueEvent event) {
        if (seq < 0) {
            return Verdict.RESYNC;
        }
        if (event.seq() <= seq) {
            return Verdict.IGNORE;
        }
        if (event.type() == QueueEventType.RESYNC) {
            return Verdict.RESYNC;
        }
        if (event.seq() == seq + 1 || subset) {
            seq = event.seq();
            return Verdict.APPLY;
        }
        return Verdict.RESYNC;
    }

    synchronized long current() {
        return seq;
    }
}
