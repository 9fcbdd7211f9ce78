package vn.motcua.kiosk.rating;

import vn.motcua.client.LiveListener;

/** The counter's events, live: all the rating tablet asks of the server beyond the API's interfaces. */
@FunctionalInterface
interface CounterFeed {

    /** The counter's events until closed; the listener is called from another thread. Throws ApiException. */
    AutoCloseable subscribe(LiveListener listener);
}
