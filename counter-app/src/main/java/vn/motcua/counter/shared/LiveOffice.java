package vn.motcua.counter.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import vn.motcua.client.ApiException;
import vn.motcua.client.LiveListener;
import vn.motcua.client.QueueApi;
import vn.motcua.client.api.NormBreach;
import vn.motcua.client.api.OfficeSnapshot;
import vn.motcua.client.api.QueueEvent;

/**
 * Keeps a view's {@link OfficeState} live while the view is attached: follows the office's queue, applies
 * every change inside UI.access, and knows whether the screen can be trusted. It is "online" only when the
 * live connection is up, a snapshot has arrived, and the last REST call reached the server; otherwise the
 * view shows a banner and disables its actions until this recovers by itself.
 */
public final class LiveOffice {

    /** How often waiting times move on and, while offline, the snapshot is tried again (the live connection also retries by itself). */
    static final int RETRY_MILLIS = 5000;

    private final Component view;
    private final Backend backend;
    private final QueueApi queue;
    private final long officeId;
    private final Runnable redraw;
    private OfficeState state;
    private boolean liveUp;
    private boolean restUp = true;
    private Registration following;
    private Registration polling;
    private Consumer<QueueEvent> afterEvent = event -> {};
    private Consumer<NormBreach> onBreach;
    private Runnable afterSnapshot = () -> {};

    public LiveOffice(Component view, Backend backend, long officeId, Runnable redraw) {
        this.view = view;
        this.backend = backend;
        this.queue = StaffSession.api(QueueApi.class);
        this.officeId = officeId;
        this.redraw = redraw;
        view.addAttachListener(e -> start(e.getUI()));
        view.addDetachListener(e -> stop(e.getUI()));
    }

    /** Also tells the view of each event once it is applied, for what the office's state does not hold. */
    public void afterEvent(Consumer<QueueEvent> listener) {
        afterEvent = listener;
    }

    /**
     * Also follows the office's norm breaches (a head's board): each one that starts or ends, and after every snapshot
     * (a new connection, or a resynchronisation) the chance to read those lasting. Call before the view is attached.
     */
    public void followBreaches(Consumer<NormBreach> listener, Runnable afterEverySnapshot) {
        onBreach = listener;
        afterSnapshot = afterEverySnapshot;
    }

    public OfficeState state() {
        return state;
    }

    public boolean online() {
        return liveUp && restUp && state != null;
    }

    /**
     * After a refusal or an uncertain failure: the screen may be wrong, so read the server's truth again. A
     * token the server no longer accepts (it expired, or the server restarted with a new key) can never
     * recover by itself, so the person is sent to sign in again instead of watching a banner forever.
     */
    public void reread() {
        try {
            replace(queue.snapshot(officeId));
            restUp = true;
        } catch (ApiException e) {
            if (e.status() == 401) {
                Refusals.show(e);
                view.getUI().ifPresent(ui -> ui.navigate(Routes.SIGN_IN));
                return;
            }
            if (Refusals.uncertain(e)) {
                restUp = false;
            }
        }
        redraw.run();
    }

    private void start(UI ui) {
        following = onBreach == null
                ? backend.follow(officeId, new Listener(ui))
                : backend.followBoard(officeId, new Listener(ui));
        polling = ui.addPollListener(e -> {
            if (online()) {
                redraw.run();
            } else {
                reread();
            }
        });
        ui.setPollInterval(RETRY_MILLIS);
    }

    private void stop(UI ui) {
        following.remove();
        polling.remove();
        ui.setPollInterval(-1);
    }

    private void replace(OfficeSnapshot snapshot) {
        state = new OfficeState(snapshot);
    }

    private final class Listener implements LiveListener {

        private final UI ui;

        Listener(UI ui) {
            this.ui = ui;
        }

        /**
         * The view may close while an event is on its way: the detach listener already stops the subscription,
         * and the late event has nobody left to show it to.
         */
        private void inUi(Command change) {
            try {
                ui.access(change);
            } catch (UIDetachedException closed) {
                return;
            }
        }

        @Override
        public void onSnapshot(OfficeSnapshot snapshot) {
            inUi(() -> {
                replace(snapshot);
                liveUp = true;
                restUp = true;
                afterSnapshot.run();
                redraw.run();
            });
        }

        @Override
        public void onNormBreach(NormBreach breach) {
            inUi(() -> {
                onBreach.accept(breach);
                redraw.run();
            });
        }

        @Override
        public void onEvent(QueueEvent event) {
            inUi(() -> {
                if (state != null && !state.apply(event)) {
                    reread();
                } else {
                    redraw.run();
                }
                afterEvent.accept(event);
            });
        }

        @Override
        public void onConnectionChanged(boolean connected) {
            inUi(() -> {
                liveUp = connected;
                redraw.run();
            });
        }
    }
}
