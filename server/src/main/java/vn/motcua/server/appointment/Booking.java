package vn.motcua.server.appointment;

import java.time.Instant;
import vn.motcua.client.api.AppointmentStatus;

/** A row of the appointment table, name and phone included: they leave the module only in its events. */
record Booking(
        long id,
        long officeId,
        long areaId,
        String code,
        Instant startsAt,
        int slotMinutes,
        String name,
        String phone,
        String language,
        AppointmentStatus status,
        String ticketId) {}
