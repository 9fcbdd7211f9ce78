package vn.motcua.kiosk.display;

/** Speaks calls in the hall, once a person has allowed the browser to make sound. */
interface Announcer {

    void enable();

    /**
     * Says the call after whatever is still being said (calls never cut each other off): twice when nothing else
     * waits, once and briefly while other calls wait, so that the hall keeps up with a busy day.
     */
    void announce(Announcement announcement);
}
