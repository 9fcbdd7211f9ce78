package vn.motcua.kiosk.rating;

import vn.motcua.client.LiveListener;
import vn.motcua.client.api.CounterView;

/** All the rating tablet asks of the server. Both throw ApiException while it is out of reach. */
interface CounterFeed {

    CounterView counter();

    /** The counter's events until closed; the listener is called from another thread. */
    AutoCloseable subscribe(LiveListener listener);
}
