package vn.motcua.client.api;

import java.time.Instant;

/**
 * A booking as the citizen who holds its code sees it, without the name or phone: the slot, its state, the check-in
 * window (an arrival within it is served first, after it a walk-in), and the ticket once checked in.
 */
public record AppointmentView(
        String code,
        long officeId,
        long areaId,
        Instant startsAt,
        int slotMinutes,
        AppointmentStatus status,
        Instant checkInFrom,
        Instant onTimeUntil,
        String ticketId) {}
