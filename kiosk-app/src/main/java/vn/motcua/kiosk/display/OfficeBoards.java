package vn.motcua.kiosk.display;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.motcua.client.LiveListener;

/**
 * One live subscription per office for all the boards of that office open in this app, instead of one per board:
 * a board's own STOMP connection, its two threads and its buffers were most of what an open board cost
 * (docs/decisions/0006-one-display-subscription-per-office.md). Opened with an office's first board, closed with
 * its last.
 */
@Component
class OfficeBoards {

    /** Opens the office's subscription as one board's device, delivering to the given listener. */
    interface Opener {
        AutoCloseable open(LiveListener listener);
    }

    /** Runs a task once after a delay; running what it returns cancels the task. */
    interface Later {
        Runnable after(Duration delay, Runnable task);
    }

    private final Map<Long, OfficeBoard> offices = new HashMap<>();
    private final Later later;
    private final Runnable stop;

    @Autowired
    OfficeBoards() {
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("board-handover").daemon().factory());
        this.later = (delay, task) -> {
            ScheduledFuture<?> future = timers.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        };
        this.stop = timers::shutdownNow;
    }

    OfficeBoards(Later later) {
        this.later = later;
        this.stop = () -> {};
    }

    @PreDestroy
    void stop() {
        stop.run();
    }

    /**
     * Adds a board: it gets the office's board as it stands (if the first snapshot has come) and the connection
     * state at once, then every change. Throws what opening throws when it is the office's first board.
     */
    synchronized AutoCloseable join(long officeId, Opener opener, BoardListener listener) {
        OfficeBoard office = offices.computeIfAbsent(officeId, id -> new OfficeBoard(id, later));
        OfficeBoard.Member member = new OfficeBoard.Member(opener, listener);
        try {
            office.join(member);
        } catch (RuntimeException e) {
            if (office.isEmpty()) {
                offices.remove(officeId);
            }
            throw e;
        }
        return () -> leave(officeId, office, member);
    }

    private synchronized void leave(long officeId, OfficeBoard office, OfficeBoard.Member member) {
        office.leave(member);
        if (office.isEmpty()) {
            offices.remove(officeId, office);
        }
    }
}
