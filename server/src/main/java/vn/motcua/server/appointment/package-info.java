/**
 * Appointments (lịch hẹn): per service area, slots of a length and a capacity its office's admin sets, on the office's
 * opening days and hours as the working calendar has them; booking without sign-in on a public page or by API, which
 * gives a random code and a QR code; check-in at a kiosk, which issues the ticket through the queue, served first when
 * the citizen comes within the check-in window ({@link CheckInWindow}) and as a walk-in after it; no-shows giving their
 * place back; and the events a notification port sends messages for ({@link AppointmentBooked},
 * {@link AppointmentReminderDue}).
 */
package vn.motcua.server.appointment;
