package vn.motcua.kiosk.display;

import java.util.Optional;
import vn.motcua.client.api.CallRecord;

/**
 * What one open board hears from its office's shared subscription: the whole board after every change (with the
 * call to announce when the change was one), and the connection state. Called one at a time, in order, from a
 * thread that is not the board's: hand the work to the board's UI.
 */
interface BoardListener {

    void show(Board.State state, Optional<CallRecord> call);

    void onConnectionChanged(boolean connected);
}
