package vn.motcua.server.appointment;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every instance, every minute: gives the places of no-shows back and publishes the reminders now due. Both are one
 * conditional update each, so instances running at once neither double a reminder nor lose one.
 */
@Component
class AppointmentJob {

    private final Appointments appointments;

    AppointmentJob(Appointments appointments) {
        this.appointments = appointments;
    }

    @Scheduled(
            fixedDelayString = "${motcua.appointment.job-interval:1m}",
            initialDelayString = "${motcua.appointment.job-interval:1m}")
    void run() {
        appointments.releaseNoShows();
        appointments.remind();
    }
}
