package vn.motcua.server.appointment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param early how long before a slot's start a check-in is already on time
 * @param grace how long after a slot's start a check-in is still on time; later, the citizen joins as a walk-in
 * @param daysAhead how many days ahead a slot may be booked, today included
 * @param openPerPhone how many bookings still to come one phone number may hold at once
 * @param remindBefore when, before its start, a booking's reminder is due (none for a booking made later than that)
 */
@ConfigurationProperties("motcua.appointment")
record AppointmentProperties(
        @DefaultValue("15m") Duration early,
        @DefaultValue("15m") Duration grace,
        @DefaultValue("14") int daysAhead,
        @DefaultValue("2") int openPerPhone,
        @DefaultValue("24h") Duration remindBefore) {

    CheckInWindow window() {
        return new CheckInWindow(early, grace);
    }
}
