package vn.motcua.server.appointment;

import java.time.LocalDateTime;

/**
 * A booking's reminder is due ({@code motcua.appointment.remind-before} ahead of its start), published once across
 * instances in the transaction that marks it reminded: a notification port sends it to {@code phone} in
 * {@code language}. The same fields as {@link AppointmentBooked}.
 */
public record AppointmentReminderDue(
        long officeId,
        String officeName,
        String areaName,
        String code,
        LocalDateTime startsAt,
        String name,
        String phone,
        String language,
        String page) {}
