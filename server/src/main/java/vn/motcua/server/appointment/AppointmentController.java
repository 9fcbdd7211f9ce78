package vn.motcua.server.appointment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.client.api.AppointmentArea;
import vn.motcua.client.api.AppointmentAreaRequest;
import vn.motcua.client.api.AppointmentEntry;
import vn.motcua.client.api.AppointmentRequest;
import vn.motcua.client.api.AppointmentSlot;
import vn.motcua.client.api.AppointmentView;
import vn.motcua.client.api.IssuedTicket;
import vn.motcua.client.api.Role;
import vn.motcua.server.security.Access;
import vn.motcua.server.shared.NotFoundException;

@RestController
@Tag(name = "appointments", description = "Booking a time at a service area, and checking in at the kiosk")
class AppointmentController {

    private final Appointments appointments;
    private final BookingThrottle throttle;
    private final Access access;

    AppointmentController(Appointments appointments, BookingThrottle throttle, Access access) {
        this.appointments = appointments;
        this.throttle = throttle;
        this.access = access;
    }

    @GetMapping("/api/v1/offices/{officeId}/appointment-areas")
    @Operation(
            summary = "The office's service areas that take bookings, with their slot length and capacity",
            description = "Callers: ADMIN or HEAD of the office. An area not listed takes no bookings.")
    List<AppointmentArea> areas(@PathVariable long officeId) {
        access.require(officeId, Role.ADMIN, Role.HEAD);
        return appointments.areas(officeId);
    }

    @PutMapping("/api/v1/offices/{officeId}/appointment-areas/{areaId}")
    @Operation(
            summary = "Set a service area's slot length (5–240 minutes) and the citizens one slot takes (1–100)",
            description = "Callers: ADMIN of the office. Bookings already made keep their time. 400 naming areaId for "
                    + "an area of another office.")
    AppointmentArea setArea(
            @PathVariable long officeId,
            @PathVariable long areaId,
            @Valid @RequestBody AppointmentAreaRequest settings) {
        access.require(officeId, Role.ADMIN);
        return appointments.setArea(officeId, areaId, settings);
    }

    @GetMapping("/api/v1/public/offices/{officeId}/appointment-slots")
    @Operation(
            summary = "A service area's slots of a day with their free places",
            description = "Callers: anyone, without sign-in. Empty on a day the office does not open, a day past or "
                    + "too far ahead; 400 naming areaId for an area that takes no bookings.")
    List<AppointmentSlot> slots(@PathVariable long officeId, @RequestParam long areaId, @RequestParam LocalDate day) {
        return appointments.slots(officeId, areaId, day);
    }

    @PostMapping("/api/v1/public/offices/{officeId}/appointments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Book a slot; answers the code to check in with",
            description = "Callers: anyone, without sign-in. 400 naming the field (areaId, startsAt not a slot still "
                    + "to come, phone not a Vietnamese mobile number); 409 SLOT_FULL; 409 PHONE_HAS_BOOKINGS when the "
                    + "number holds as many bookings still to come as allowed; 429 with Retry-After after "
                    + BookingThrottle.FREE_BOOKINGS_PER_ADDRESS
                    + " bookings from one address within a day.")
    AppointmentView book(
            @PathVariable long officeId, @Valid @RequestBody AppointmentRequest request, HttpServletRequest http) {
        throttle.checkBooking(http.getRemoteAddr());
        AppointmentView booked = appointments.book(officeId, request);
        throttle.booked(http.getRemoteAddr());
        return booked;
    }

    @GetMapping("/api/v1/public/offices/{officeId}/appointments/{code}")
    @Operation(
            summary = "A booking by its code: slot, state and check-in window; no name or phone",
            description = "Callers: anyone with the code. 404 for an unknown one; 429 after "
                    + BookingThrottle.FREE_UNKNOWN_CODES_PER_ADDRESS
                    + " unknown codes from one address within a day.")
    AppointmentView appointment(@PathVariable long officeId, @PathVariable String code, HttpServletRequest http) {
        throttle.checkLookup(http.getRemoteAddr());
        return appointments.find(officeId, code).orElseThrow(() -> unknown(code, http));
    }

    @PostMapping("/api/v1/public/offices/{officeId}/appointments/{code}/cancel")
    @Operation(
            summary = "Cancel a booking still to come; its place is free again",
            description = "Callers: anyone with the code. 404 for an unknown one (429 after "
                    + BookingThrottle.FREE_UNKNOWN_CODES_PER_ADDRESS
                    + " from one address within a day); 409 APPOINTMENT_NOT_CANCELLABLE once it started, was "
                    + "checked in or cancelled.")
    AppointmentView cancel(@PathVariable long officeId, @PathVariable String code, HttpServletRequest http) {
        throttle.checkLookup(http.getRemoteAddr());
        if (appointments.find(officeId, code).isEmpty()) {
            throw unknown(code, http);
        }
        return appointments.cancel(officeId, code);
    }

    @GetMapping("/api/v1/offices/{officeId}/appointments")
    @Operation(
            summary = "The office's bookings of a day, by time, with name, phone, state and ticket",
            description = "Callers: CLERK, HEAD or ADMIN of the office. day in the office's own time; any day, past "
                    + "or to come.")
    List<AppointmentEntry> ofDay(@PathVariable long officeId, @RequestParam LocalDate day) {
        access.require(officeId, Role.CLERK, Role.HEAD, Role.ADMIN);
        return appointments.ofDay(officeId, day);
    }

    @PostMapping("/api/v1/offices/{officeId}/appointments/{code}/check-in")
    @Operation(
            summary = "Check in a booking of today at a kiosk: issues its ticket",
            description = "Callers: a KIOSK of the office. From 15 minutes before the slot's start to 15 minutes "
                    + "after it (motcua.appointment.early and grace) the ticket has the priority APPOINTMENT; later it is "
                    + "a normal ticket; both carry the booking's code. A second check-in answers the same ticket. 404 "
                    + "for an unknown code; 409 APPOINTMENT_TOO_EARLY (checkInFrom), APPOINTMENT_NOT_TODAY, "
                    + "APPOINTMENT_CANCELLED, and the queue's OFFICE_CLOSED and DAILY_LIMIT.")
    IssuedTicket checkIn(@PathVariable long officeId, @PathVariable String code) {
        access.require(officeId, Role.KIOSK);
        return appointments.checkIn(officeId, code);
    }

    private NotFoundException unknown(String code, HttpServletRequest http) {
        throttle.unknownCode(http.getRemoteAddr());
        return new NotFoundException("appointment", code);
    }
}
