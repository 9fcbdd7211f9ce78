package vn.motcua.server.appointment;

import java.time.LocalDateTime;

/**
 * A citizen booked a slot, published in the booking's transaction: a notification port sends the confirmation to
 * {@code phone} in {@code language} ({@code vi} or {@code en}). {@code startsAt} is the office's local time;
 * {@code page} the booking's public page (code, QR code, cancellation).
 */
public record AppointmentBooked(
        long officeId,
        String officeName,
        String areaName,
        String code,
        LocalDateTime startsAt,
        String name,
        String phone,
        String language,
        String page) {}
