package vn.motcua.counter.shared;

import com.vaadin.flow.shared.Registration;
import vn.motcua.client.LiveListener;
import vn.motcua.client.LiveSubscription;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.AccessToken;

/** The real backend: the session's client and its STOMP subscriptions. */
final class ClientBackend implements Backend {

    private final MotcuaClient client;

    ClientBackend(MotcuaClient client) {
        this.client = client;
    }

    @Override
    public AccessToken signIn(String username, String password) {
        return client.signInStaff(username, password);
    }

    @Override
    public AccessToken replaceTemporaryPassword(String username, String temporaryPassword, String newPassword) {
        return client.replaceTemporaryPassword(username, temporaryPassword, newPassword);
    }

    @Override
    public Registration follow(long officeId, LiveListener listener) {
        LiveSubscription subscription = LiveSubscription.queue(client, officeId, listener);
        return subscription::close;
    }

    @Override
    public Registration followBoard(long officeId, LiveListener listener) {
        LiveSubscription subscription = LiveSubscription.board(client, officeId, listener);
        return subscription::close;
    }
}
