package vn.motcua.kiosk.display;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.client.LiveListener;
import vn.motcua.client.api.CallRecord;
import vn.motcua.client.api.OfficeSnapshot;
import vn.motcua.client.api.QueueEvent;

/**
 * One office's board, kept once for all its open boards, and the one subscription that keeps it right. The
 * subscription resynchronises from a snapshot after any gap or blip, and every board redraws from that snapshot;
 * changes reach the boards in the order the subscription delivers them, each board getting the same immutable
 * state. The subscription signs in as the device of one open board; when that board closes, another open board's
 * device takes over with a new subscription (and a fresh snapshot), so a device whose board is gone never
 * carries the others. So does another board's device when the subscription stays down for {@link #CARRIER_GRACE}:
 * the carrying device may have been revoked, and the server refuses it for good.
 */
final class OfficeBoard {

    private static final Logger log = LoggerFactory.getLogger(OfficeBoard.class);

    /** Longer than the subscription's own reconnecting needs after a network blip. */
    static final Duration CARRIER_GRACE = Duration.ofSeconds(30);

    record Member(OfficeBoards.Opener opener, BoardListener listener) {}

    private final long officeId;
    private final OfficeBoards.Later later;
    private final Board board = new Board();
    private final List<Member> members = new ArrayList<>();
    private Board.State state;
    private boolean connected;
    private Upstream upstream;
    private Runnable pendingHandOver;

    OfficeBoard(long officeId, OfficeBoards.Later later) {
        this.officeId = officeId;
        this.later = later;
    }

    synchronized void join(Member member) {
        if (upstream == null) {
            open(member);
        }
        members.add(member);
        member.listener().onConnectionChanged(connected);
        if (state != null) {
            member.listener().show(state, Optional.empty());
        }
    }

    synchronized void leave(Member member) {
        if (!members.remove(member)) {
            return;
        }
        if (members.isEmpty()) {
            if (pendingHandOver != null) {
                pendingHandOver.run();
                pendingHandOver = null;
            }
            close();
        } else if (upstream == null || upstream.carrier == member) {
            close();
            handOver(null);
        }
    }

    synchronized boolean isEmpty() {
        return members.isEmpty();
    }

    /** To the first board whose device can open it, the given one's last. */
    private void handOver(Member last) {
        List<Member> order = new ArrayList<>(members);
        if (order.remove(last)) {
            order.add(last);
        }
        for (Member next : order) {
            try {
                open(next);
                return;
            } catch (RuntimeException e) {
                log.warn("Board subscription of office {} could not move to another device", officeId, e);
            }
        }
        connectionChanged(false);
    }

    /** Made current before it opens, so that nothing it delivers at once is taken for a stale subscription's. */
    private void open(Member carrier) {
        Upstream next = new Upstream(carrier);
        upstream = next;
        try {
            next.subscription = carrier.opener().open(next);
        } catch (RuntimeException e) {
            upstream = null;
            throw e;
        }
    }

    /** After {@link #CARRIER_GRACE} down: another board's device, or any device at all if none could open it. */
    private synchronized void carrierDown(Upstream down) {
        pendingHandOver = null;
        if (connected || members.isEmpty() || (upstream != null && (upstream != down || members.size() < 2))) {
            return;
        }
        log.warn(
                "Board subscription of office {} down for {}: another board's device takes over",
                officeId,
                CARRIER_GRACE);
        close();
        handOver(down == null ? null : down.carrier);
        if (!connected) {
            watchCarrier();
        }
    }

    /** Only where another device could help: a lone board's subscription reconnects by itself. */
    private void watchCarrier() {
        if (pendingHandOver == null && (members.size() > 1 || upstream == null && !members.isEmpty())) {
            Upstream down = upstream;
            pendingHandOver = later.after(CARRIER_GRACE, () -> carrierDown(down));
        }
    }

    private void close() {
        Upstream closing = upstream;
        if (closing == null) {
            return;
        }
        upstream = null;
        try {
            closing.subscription.close();
        } catch (Exception e) {
            log.warn("Board subscription of office {} did not close cleanly", officeId, e);
        }
    }

    private void connectionChanged(boolean now) {
        connected = now;
        if (now && pendingHandOver != null) {
            pendingHandOver.run();
            pendingHandOver = null;
        } else if (!now) {
            watchCarrier();
        }
        for (Member member : members) {
            deliver(member, () -> member.listener().onConnectionChanged(now));
        }
    }

    private void changed(Optional<CallRecord> call) {
        state = board.state();
        for (Member member : members) {
            deliver(member, () -> member.listener().show(state, call));
        }
    }

    /** One board whose screen is going away must not keep the change from the others. */
    private void deliver(Member member, Runnable delivery) {
        try {
            delivery.run();
        } catch (RuntimeException e) {
            log.debug("Board of office {} missed a change: {}", officeId, e.toString());
        }
    }

    private final class Upstream implements LiveListener {

        private final Member carrier;
        private AutoCloseable subscription;

        Upstream(Member carrier) {
            this.carrier = carrier;
        }

        @Override
        public void onSnapshot(OfficeSnapshot snapshot) {
            synchronized (OfficeBoard.this) {
                if (upstream == this) {
                    board.apply(snapshot);
                    changed(Optional.empty());
                }
            }
        }

        @Override
        public void onEvent(QueueEvent event) {
            synchronized (OfficeBoard.this) {
                if (upstream == this) {
                    changed(board.apply(event));
                }
            }
        }

        @Override
        public void onConnectionChanged(boolean now) {
            synchronized (OfficeBoard.this) {
                if (upstream == this) {
                    connectionChanged(now);
                }
            }
        }
    }
}
