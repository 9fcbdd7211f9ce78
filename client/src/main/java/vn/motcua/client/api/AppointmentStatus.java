package vn.motcua.client.api;

/**
 * A booking's life: BOOKED until the citizen checks in at a kiosk (CHECKED_IN) or cancels (CANCELLED); NO_SHOW once
 * its check-in window closed without a check-in. A place counts against its slot only while BOOKED or CHECKED_IN.
 */
public enum AppointmentStatus {
    BOOKED,
    CANCELLED,
    CHECKED_IN,
    NO_SHOW
}
