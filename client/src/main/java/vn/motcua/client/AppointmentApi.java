package vn.motcua.client;

import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;
import vn.motcua.client.api.AppointmentArea;
import vn.motcua.client.api.AppointmentAreaRequest;
import vn.motcua.client.api.AppointmentEntry;
import vn.motcua.client.api.AppointmentRequest;
import vn.motcua.client.api.AppointmentSlot;
import vn.motcua.client.api.AppointmentView;
import vn.motcua.client.api.IssuedTicket;

/** Appointments: the admin's slots per area, booking without sign-in, and check-in at a kiosk. */
@HttpExchange
public interface AppointmentApi {

    @GetExchange("/offices/{officeId}/appointment-areas")
    List<AppointmentArea> appointmentAreas(@PathVariable long officeId);

    @PutExchange("/offices/{officeId}/appointment-areas/{areaId}")
    AppointmentArea setAppointmentArea(
            @PathVariable long officeId, @PathVariable long areaId, @RequestBody AppointmentAreaRequest settings);

    @Anyone
    @GetExchange("/public/offices/{officeId}/appointment-slots")
    List<AppointmentSlot> slots(@PathVariable long officeId, @RequestParam long areaId, @RequestParam LocalDate day);

    @Anyone
    @PostExchange("/public/offices/{officeId}/appointments")
    AppointmentView book(@PathVariable long officeId, @RequestBody AppointmentRequest booking);

    @Anyone
    @GetExchange("/public/offices/{officeId}/appointments/{code}")
    AppointmentView appointment(@PathVariable long officeId, @PathVariable String code);

    @Anyone
    @PostExchange("/public/offices/{officeId}/appointments/{code}/cancel")
    AppointmentView cancel(@PathVariable long officeId, @PathVariable String code);

    /** The office's bookings of a day (in the office's time), by time: what the counters expect. */
    @GetExchange("/offices/{officeId}/appointments")
    List<AppointmentEntry> appointmentsOf(@PathVariable long officeId, @RequestParam LocalDate day);

    /** Issues the booking's ticket; a second check-in of the same code answers with the same ticket. */
    @Command
    @PostExchange("/offices/{officeId}/appointments/{code}/check-in")
    IssuedTicket checkIn(@PathVariable long officeId, @PathVariable String code);
}
