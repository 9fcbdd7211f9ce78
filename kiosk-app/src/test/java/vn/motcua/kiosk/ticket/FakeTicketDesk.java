package vn.motcua.kiosk.ticket;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.AppointmentStatus;
import vn.motcua.client.api.AppointmentView;
import vn.motcua.client.api.DossierPublicView;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.IssuedTicket;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.PriorityGroup;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.client.api.ServiceAreaView;
import vn.motcua.client.api.TicketStatus;
import vn.motcua.client.api.TicketView;

/** An office with three service areas (one retired), one procedure and one dossier, that answers as told. */
final class FakeTicketDesk implements TicketDesk {

    record Request(long areaId, PriorityGroup priority) {}

    record SlipRequest(String ticketId, String language) {}

    static final byte[] PDF = "%PDF-1.7 slip".getBytes(StandardCharsets.US_ASCII);

    static final ServiceAreaView INVESTMENT =
            new ServiceAreaView(11, "DAUTU", "Đầu tư - Kế hoạch", "Investment and planning", "A", null, true);
    static final ServiceAreaView LAND = new ServiceAreaView(13, "DATDAI", "Đất đai", "Land", "C", 300, true);
    static final ServiceAreaView RETIRED = new ServiceAreaView(19, "CU", "Lĩnh vực cũ", "Old", "Z", null, false);

    static final ProcedureView LAND_USE = new ProcedureView(
            7,
            "1.004227",
            "Cấp giấy chứng nhận quyền sử dụng đất",
            13L,
            30,
            List.of("Đơn đăng ký", "Giấy tờ về quyền sử dụng đất"),
            null,
            true);

    static final DossierPublicView DOSSIER = new DossierPublicView(
            "000.00.00.H00-261126-0007",
            "Cấp giấy chứng nhận quyền sử dụng đất",
            "Trần V. B.",
            DossierStatus.RECEIVED,
            2,
            "Đã tiếp nhận",
            LocalDateTime.of(2027, 1, 8, 16, 30),
            "Hồ sơ đang được giải quyết.");

    /** Every question asked of the server, by the name of its method, in order. */
    final List<String> calls = new ArrayList<>();

    final List<Request> requests = new ArrayList<>();
    final List<String> dossierLookups = new ArrayList<>();
    ApiException proceduresFailure;
    final List<SlipRequest> slips = new ArrayList<>();
    ApiException officeFailure;
    ApiException issueFailure;
    ApiException slipFailure;

    @Override
    public OfficeView office() {
        calls.add("office");
        if (officeFailure != null) {
            throw officeFailure;
        }
        return new OfficeView(
                1,
                "TTHCC",
                "Trung tâm Phục vụ hành chính công",
                "000.00.00.H00",
                "Asia/Ho_Chi_Minh",
                LocalTime.of(7, 30),
                LocalTime.of(17, 0),
                false,
                false,
                3,
                List.of(INVESTMENT, LAND, RETIRED),
                List.of());
    }

    @Override
    public IssuedTicket issue(long areaId, PriorityGroup priority) {
        calls.add("issue");
        requests.add(new Request(areaId, priority));
        if (issueFailure != null) {
            throw issueFailure;
        }
        TicketView ticket = new TicketView(
                "t-1",
                1,
                areaId,
                "A023",
                23,
                LocalDate.of(2026, 11, 26),
                priority,
                TicketStatus.WAITING,
                null,
                null,
                0,
                Instant.now(),
                null,
                null,
                null);
        return new IssuedTicket(ticket, 4, Duration.ofMinutes(12).plusSeconds(20));
    }

    @Override
    public byte[] slip(String ticketId, String language) {
        calls.add("slip");
        slips.add(new SlipRequest(ticketId, language));
        if (slipFailure != null) {
            throw slipFailure;
        }
        return PDF;
    }

    /** Today's booking: checked in at its time, or refused with {@link #checkInFailure}. */
    static final String BOOKING = "LH-7K2M-Q9XZ";

    final List<String> checkIns = new ArrayList<>();
    ApiException checkInFailure;
    boolean late;

    @Override
    public IssuedTicket checkIn(String code) {
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
                INVESTMENT.id(),
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

    @Override
    public AppointmentView appointment(String code) {
        calls.add("appointment");
        Instant nine = LocalDateTime.of(2026, 11, 26, 9, 0)
                .atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant();
        return new AppointmentView(
                code,
                1,
                INVESTMENT.id(),
                nine,
                30,
                AppointmentStatus.BOOKED,
                nine.minus(Duration.ofMinutes(15)),
                nine.plus(Duration.ofMinutes(15)),
                null);
    }

    @Override
    public List<ProcedureView> procedures() {
        calls.add("procedures");
        if (proceduresFailure != null) {
            throw proceduresFailure;
        }
        return List.of(LAND_USE);
    }

    @Override
    public DossierPublicView byReceipt(String code, String token, Locale language) {
        calls.add("byReceipt");
        dossierLookups.add(code + "?k=" + token);
        return DOSSIER;
    }

    @Override
    public DossierPublicView byPhone(String code, String phoneLast4, Locale language) {
        calls.add("byPhone");
        dossierLookups.add(code + "/" + phoneLast4);
        return DOSSIER;
    }

    static ApiException refusal(String code) {
        return new ApiException(409, code, code, null);
    }

    static ApiException unreachable() {
        return new ApiException(0, "UNREACHABLE", "The server cannot be reached", null);
    }
}
