package vn.motcua.kiosk.display;

import vn.motcua.client.api.OfficeView;

/** All the hall display board asks of the server. Each throws ApiException while it is out of reach. */
interface DisplayFeed {

    OfficeView office();

    /** The administrator's line for the hall; empty when there is none. */
    String notice();

    /** The office's board, live, until closed; the listener is called from another thread. */
    AutoCloseable subscribe(BoardListener listener);
}
