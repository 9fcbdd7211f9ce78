package vn.motcua.kiosk.shared;

import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.ServiceAreaView;

/**
 * What a screen shown inside the ticket kiosk may ask of the kiosk, so that every screen follows the same
 * rules: a quiet spell sends it home, an unreachable server gets the same notice and the same reconnecting.
 */
public interface KioskHost {

    OfficeView office();

    /** The citizen did something: the quiet spell before the kiosk goes home starts again. */
    void touched();

    /** The citizen is writing a text: a longer quiet spell, since one stops to think between words. */
    void writing();

    void home();

    /** The server is out of reach: the kiosk says so and reconnects by itself. */
    void unavailable();

    /** The same flow as a tap on the area on the home screen: the priority question, then the ticket. */
    void takeTicket(ServiceAreaView area);
}
