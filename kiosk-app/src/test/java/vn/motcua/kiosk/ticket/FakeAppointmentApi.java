package vn.motcua.kiosk.ticket;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.AppointmentStatus;
import vn.motcua.client.api.AppointmentView;
import vn.motcua.client.api.IssuedTicket;
import vn.motcua.client.api.PriorityGroup;
import vn.motcua.client.api.TicketStatus;
import vn.motcua.client.api.TicketView;
import vn.motcua.kiosk.shared.FakeKioskHost;

/**
 * Today's booking {@link #BOOKING} at 09:00, checked in as ticket A024 (on time, or late as told), or refused with
 * {@link #checkInFailure}; each request added to the log ({@code AppointmentApi}).
 */
final class FakeAppointmentApi {

    static final String BOOKING = "LH-7K2M-Q9XZ";

    final List<String> checkIns = new ArrayList<>();
    ApiException checkInFailure;
    boolean late;
    private final List<String> calls;

    FakeAppointmentApi(List<String> calls) {
        this.calls = calls;
    }

    public IssuedTicket checkIn(long officeId, String code) {
        calls.add("checkIn");
        checkIns.add(code);
        if (checkInFailure != null) {
            throw checkInFailure;
        }
        if (!BOOKING.equals(code)) {
            throw new ApiException(404, "NOT_FOUND", "No appointment", null);
        }
        TicketView ticket = new TicketView(
                "t-2",
                1,
                FakeKioskHost.INVESTMENT.id(),
                "A024",
                24,
                LocalDate.of(2026, 11, 26),
                late ? null : PriorityGroup.APPOINTMENT,
                TicketStatus.WAITING,
                null,
                null,
                0,
                Instant.now(),
                null,
                null,
                null,
                Instant.now(),
                code);
        return new IssuedTicket(ticket, 0, Duration.ofMinutes(2));
    }

    public AppointmentView appointment(long officeId, String code) {
        calls.add("appointment");
        Instant nine = LocalDateTime.of(2026, 11, 26, 9, 0)
                .atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant();
        return new AppointmentView(
                code,
                1,
                FakeKioskHost.INVESTMENT.id(),
                nine,
                30,
                AppointmentStatus.BOOKED,
                nine.minus(Duration.ofMinutes(15)),
                nine.plus(Duration.ofMinutes(15)),
                null);
    }
}
