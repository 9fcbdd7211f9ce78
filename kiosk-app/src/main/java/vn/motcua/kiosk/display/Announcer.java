package vn.motcua.kiosk.display;

/** Speaks calls in the hall, once a person has allowed the browser to make sound. */
interface Announcer {

    void enable();

    /** Says the call twice, after whatever is still being said: calls never cut each other off. */
    void announce(Announcement announcement);
}
