package vn.motcua.server.appointment;

import java.time.Duration;
import java.time.Instant;

/**
 * The rule by which a checked-in appointment joins the queue. A citizen who checks in from {@code early} before the
 * slot's start to {@code grace} after it (both ends included) is on time: the ticket gets the priority APPOINTMENT
 * and waits with the other priority tickets, by the time it joined. The queue's own rule then bounds how long walk-ins
 * wait: a counter calls at most the office's {@code priorityRun} priority tickets in a row while a normal ticket waits,
 * so a stream of appointments never starves walk-ins. Later than the window, the citizen gets a normal ticket at the
 * back like anyone walking in; earlier, the kiosk refuses the check-in and says from when it is open.
 */
record CheckInWindow(Duration early, Duration grace) {

    enum Arrival {
        EARLY,
        ON_TIME,
        LATE
    }

    Arrival judge(Instant startsAt, Instant now) {
        if (now.isBefore(opens(startsAt))) {
            return Arrival.EARLY;
        }
        return now.isAfter(closes(startsAt)) ? Arrival.LATE : Arrival.ON_TIME;
    }

    Instant opens(Instant startsAt) {
        return startsAt.minus(early);
    }

    Instant closes(Instant startsAt) {
        return startsAt.plus(grace);
    }
}
