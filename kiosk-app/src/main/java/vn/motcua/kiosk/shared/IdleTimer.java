package vn.motcua.kiosk.shared;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;

/** Sends a screen back to rest after a quiet spell; every tap restarts it, so nobody is cut off mid-choice. */
public final class IdleTimer {

    private final Scheduler scheduler;
    private final Duration delay;
    private final Command onIdle;
    private Registration pending;
    private Duration spell;

    public IdleTimer(Scheduler scheduler, Duration delay, Command onIdle) {
        this.scheduler = scheduler;
        this.delay = delay;
        this.onIdle = onIdle;
    }

    public void restart() {
        restart(delay);
    }

    /** Once, a quiet spell of another length; the next {@link #restart()} is the usual one again. */
    public void restart(Duration quiet) {
        stop();
        spell = quiet;
        pending = scheduler.schedule(UI.getCurrent(), quiet, () -> {
            pending = null;
            onIdle.execute();
        });
    }

    /** The spell running now starts over at its own length: a touch that neither opens a screen nor writes. */
    public void renew() {
        if (running()) {
            restart(spell);
        }
    }

    public boolean running() {
        return pending != null;
    }

    public void stop() {
        if (pending != null) {
            pending.remove();
            pending = null;
        }
    }
}
