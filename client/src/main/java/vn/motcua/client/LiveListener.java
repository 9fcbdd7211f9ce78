package vn.motcua.client;

import vn.motcua.client.api.NormBreach;
import vn.motcua.client.api.OfficeSnapshot;
import vn.motcua.client.api.QueueEvent;

/**
 * What a screen implements to stay right: it draws the snapshot, applies each event on top, and shows
 * the connection state. Called from the subscription's own thread, one call at a time, in order.
 */
public interface LiveListener {

    /** The whole state; replaces whatever the screen showed. */
    void onSnapshot(OfficeSnapshot snapshot);

    /** One change that follows the last snapshot or event without a gap. */
    void onEvent(QueueEvent event);

    /** The live connection went down (the screen should say so) or came back. */
    default void onConnectionChanged(boolean connected) {}

    /** A service norm's breach started or ended (only on a board's subscription). */
    default void onNormBreach(NormBreach breach) {}
}
