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

    private long seq = -1;

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
        if (event.seq() == seq + 1) {
            seq = event.seq();
            return Verdict.APPLY;
        }
        return Verdict.RESYNC;
    }

    synchronized long current() {
        return seq;
    }
}
