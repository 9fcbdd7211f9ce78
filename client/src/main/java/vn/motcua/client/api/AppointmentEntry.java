package vn.motcua.client.api;

import java.time.Instant;

/**
 * A booking as the office's staff see it in the day's list: who is expected when, in which area, and what became of
 * it (the ticket once checked in). Name and phone are there so that a clerk can greet or call the citizen.
 */
public record AppointmentEntry(
        String code,
        long areaId,
        Instant startsAt,
        AppointmentStatus status,
        String name,
        String phone,
        String ticketId) {}
