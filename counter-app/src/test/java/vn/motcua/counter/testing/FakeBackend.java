package vn.motcua.counter.testing;

import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import vn.motcua.client.ApiException;
import vn.motcua.client.LiveListener;
import vn.motcua.client.api.AccessToken;
import vn.motcua.client.api.AppointmentArea;
import vn.motcua.client.api.AppointmentAreaRequest;
import vn.motcua.client.api.AppointmentEntry;
import vn.motcua.client.api.AreaRequest;
import vn.motcua.client.api.CallRecord;
import vn.motcua.client.api.CallTicketRequest;
import vn.motcua.client.api.CounterRequest;
import vn.motcua.client.api.CounterState;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.DeviceRequest;
import vn.motcua.client.api.DeviceView;
import vn.motcua.client.api.FormRegime;
import vn.motcua.client.api.IndicatorDossier;
import vn.motcua.client.api.IndicatorLevel;
import vn.motcua.client.api.IndicatorReport;
import vn.motcua.client.api.IndicatorRow;
import vn.motcua.client.api.LateDossier;
import vn.motcua.client.api.MyDay;
import vn.motcua.client.api.NormBreach;
import vn.motcua.client.api.Notice;
import vn.motcua.client.api.OfficeForms;
import vn.motcua.client.api.OfficeSettings;
import vn.motcua.client.api.OfficeSnapshot;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.PasswordChange;
import vn.motcua.client.api.PasswordReset;
import vn.motcua.client.api.PauseRequest;
import vn.motcua.client.api.PhoneTicketSettings;
import vn.motcua.client.api.PriorityGroup;
import vn.motcua.client.api.ProcedureImportResult;
import vn.motcua.client.api.ProcedureRequest;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.client.api.QueueEvent;
import vn.motcua.client.api.QueueEventType;
import vn.motcua.client.api.RatingSummary;
import vn.motcua.client.api.RatingView;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.ServiceAreaView;
import vn.motcua.client.api.ServiceNorms;
import vn.motcua.client.api.ServiceTimes;
import vn.motcua.client.api.StaffDossierWork;
import vn.motcua.client.api.StaffRequest;
import vn.motcua.client.api.StaffUpdate;
import vn.motcua.client.api.StaffView;
import vn.motcua.client.api.TicketStatus;
import vn.motcua.client.api.TicketView;
import vn.motcua.client.api.TransferRequest;
import vn.motcua.client.testing.Fakes;
import vn.motcua.counter.shared.Backend;

/**
 * An in-memory stand-in for the server, as far as the views need one: the app's {@link Backend} and the exchanges
 * of the API's interfaces that the views use ({@link Fakes}: {@code QueueApi}, {@code OfficeApi}, {@code StaffApi},
 * {@code DeviceApi}, {@code RatingApi}, {@code ReportApi}), all answered from one small office, so that what one
 * changes the others see and every call lands in one ordered log. It refuses on demand and lets a test drive the
 * live connection. The dossiers, files and calendar have fakes of their own.
 */
public final class FakeBackend implements Backend {

    public static final long OFFICE = 1;
    public static final long AREA_A = 11;
    public static final long AREA_B = 12;
    public static final long AREA_C = 13;
    public static final long COUNTER_1 = 21;
    public static final long COUNTER_2 = 22;
    public static final String PASSWORD = "motcua2026";
    public static final OfficeView OFFICE_VIEW = new OfficeView(
            OFFICE,
            "TT",
            "Trung tâm Phục vụ hành chính công",
            "000.00.00.H00",
            "Asia/Ho_Chi_Minh",
            null,
            null,
            true,
            false,
            2,
            List.of(
                    new ServiceAreaView(AREA_A, "DAUTU", "Đầu tư - Kế hoạch", "Investment", "A", null, true),
                    new ServiceAreaView(AREA_B, "XAYDUNG", "Xây dựng", "Construction", "B", null, true),
                    new ServiceAreaView(AREA_C, "DATDAI", "Đất đai", "Land", "C", 300, true)),
            List.of(
                    new CounterView(COUNTER_1, 1, "Quầy 1", List.of(AREA_A, AREA_B), true),
                    new CounterView(COUNTER_2, 2, "Quầy 2", List.of(AREA_C), true)));

    public final List<String> calls = new ArrayList<>();
    /** The office's form settings as the server would hold them. */
    public OfficeForms officeForms =
            new OfficeForms("Phú Thọ", "UBND TỈNH PHÚ THỌ", "Nguyễn Văn Hùng", "GIÁM ĐỐC", "", FormRegime.TT03_2025);

    public Set<Role> roles = Set.of(Role.CLERK);
    /** Thrown by the next call, then forgotten. */
    public ApiException refusal;
    /** Thrown by every sign-in while set. */
    public ApiException signInRefusal;
    /** Thrown by every snapshot read while set: the server is down for REST too. */
    public ApiException snapshotRefusal;

    public boolean following;
    /** What the review endpoints answer; a test fills them. */
    public RatingSummary summary =
            new RatingSummary(LocalDate.now(), LocalDate.now(), 0, Map.of(), Map.of(), List.of());

    public List<RatingView> ratings = List.of();
    public ServiceTimes times = new ServiceTimes(LocalDate.now(), LocalDate.now(), List.of(), List.of(), List.of());
    public List<StaffDossierWork> dossierWork = List.of();
    /** The office's staff and devices, as the admin endpoints keep them. */
    public final List<StaffView> staff =
            new ArrayList<>(List.of(new StaffView(1, "canbo1", "Nguyễn Văn An", true, Set.of(Role.CLERK), null)));

    public final List<DeviceView> devices = new ArrayList<>();
    /** The office's procedure catalogue, as the server keeps it. */
    public final List<ProcedureView> procedures = new ArrayList<>();
    /** What the next CSV import answers; the CSV it was sent is kept in {@link #importedCsv}. */
    public ProcedureImportResult importResult = new ProcedureImportResult(0, 0);

    public String importedCsv;
    /** The late dossiers of any month. */
    public List<LateDossier> late = List.of(new LateDossier(
            "000.00.00.H00-261102-0003",
            "Đăng ký thành lập hộ kinh doanh",
            Instant.parse("2026-11-02T02:00:00Z"),
            LocalDateTime.of(2026, 11, 5, 17, 0),
            null,
            true,
            4,
            "Cán bộ Một",
            false,
            "Phòng Tư pháp",
            "Cán bộ Hai"));
    /** The hall board's notice, as the server keeps it. */
    public String notice = "";
    /** The office's service norms and the breaches lasting now, as the server keeps them. */
    public ServiceNorms norms = ServiceNorms.none();

    public final List<NormBreach> breaches = new ArrayList<>();
    /** Whether the view follows the norm breaches too (a head's board). */
    public boolean followingBreaches;
    /**
     * The clerk's figures for today. Its reads are counted apart from {@link #calls}, which then keeps to the
     * clerk's own commands, and refused only by {@link #myDayRefusal}.
     */
    public MyDay myDay = new MyDay(LocalDate.now(), 0, 0, 0, Map.of());

    public ApiException myDayRefusal;
    public int myDayReads;
    private final Map<Long, List<TicketView>> waiting = new HashMap<>();
    private final Map<Long, CounterState> counters = new HashMap<>();
    private LiveListener listener;
    private long seq;
    private int numbers;

    public FakeBackend() {
        OFFICE_VIEW.areas().forEach(a -> waiting.put(a.id(), new ArrayList<>()));
        OFFICE_VIEW
                .counters()
                .forEach(c -> counters.put(c.id(), new CounterState(c.id(), null, null, List.of(), List.of(), null)));
    }

    // --- what a test arranges and drives ---------------------------------------------------------

    /** A citizen takes a ticket; the server's state changes but no event is sent. */
    public TicketView issue(long areaId, PriorityGroup priority, Instant issuedAt) {
        String prefix = OFFICE_VIEW.areas().stream()
                .filter(a -> a.id() == areaId)
                .findFirst()
                .orElseThrow()
                .prefix();
        numbers++;
        TicketView t = new TicketView(
                "t" + numbers,
                OFFICE,
                areaId,
                prefix + "%03d".formatted(numbers),
                numbers,
                LocalDate.now(),
                priority,
                TicketStatus.WAITING,
                null,
                null,
                0,
                issuedAt,
                null,
                null,
                null);
        waiting.get(areaId).add(t);
        return t;
    }

    /** A plain ticket; each one issued later than the one before, so the first has waited longest. */
    public TicketView issue(long areaId) {
        return issue(areaId, null, Instant.now().minusSeconds(60L * (30 - numbers)));
    }

    public void setCounter(long counterId, UnaryOperator<CounterState> change) {
        counters.put(counterId, change.apply(counters.get(counterId)));
    }

    /** The live connection comes up and delivers the snapshot, as LiveSubscription does. */
    public void goLive() {
        listener.onConnectionChanged(true);
        listener.onSnapshot(snapshot(OFFICE));
    }

    /** A breach that starts or ends, pushed as the server pushes it. */
    public void push(NormBreach breach) {
        listener.onNormBreach(breach);
    }

    public void dropConnection() {
        listener.onConnectionChanged(false);
    }

    /** Sends the next event about a ticket, with the waiting counts the server would attach. */
    public void emit(QueueEventType type, TicketView ticket, Long counterId, String reason) {
        emit(type, ticket, counterId, reason, null, null);
    }

    /** The same, for a command a clerk gave at the counter. */
    public void emit(
            QueueEventType type, TicketView ticket, Long counterId, String reason, Long clerkId, String clerkName) {
        Map<Long, Integer> counts = new HashMap<>();
        if (ticket != null) {
            counts.put(ticket.areaId(), waiting.get(ticket.areaId()).size());
        }
        listener.onEvent(new QueueEvent(
                OFFICE, ++seq, type, Instant.now(), ticket, counterId, null, reason, counts, clerkId, clerkName));
    }

    /** The ticket back in line since {@code queuedAt}, as a reactivated no-show is. */
    public static TicketView requeued(TicketView t, Instant queuedAt) {
        return new TicketView(
                t.id(),
                t.officeId(),
                t.areaId(),
                t.code(),
                t.number(),
                t.day(),
                t.priority(),
                TicketStatus.WAITING,
                null,
                null,
                t.calls(),
                t.issuedAt(),
                t.calledAt(),
                null,
                null,
                queuedAt);
    }

    // --- Backend and QueueApi ---------------------------------------------------------------------

    @Override
    public AccessToken signIn(String username, String password) {
        record("signIn " + username);
        if (signInRefusal != null) {
            throw signInRefusal;
        }
        if (!PASSWORD.equals(password)) {
            throw new ApiException(401, null, "Wrong username or password", null);
        }
        return token();
    }

    private AccessToken token() {
        return new AccessToken(
                "token", Instant.now().plusSeconds(3600), "staff:1", "Nguyễn Văn An", roles, List.of(OFFICE), null);
    }

    @Override
    public AccessToken replaceTemporaryPassword(String username, String temporaryPassword, String newPassword) {
        record("replaceTemporaryPassword " + username + " " + newPassword);
        return token();
    }

    public void changeOwnPassword(PasswordChange change) {
        record("changeOwnPassword " + change.newPassword());
    }

    public List<OfficeView> offices() {
        record("offices");
        return List.of(OFFICE_VIEW);
    }

    public OfficeSnapshot snapshot(long officeId) {
        calls.add("snapshot");
        if (snapshotRefusal != null) {
            throw snapshotRefusal;
        }
        Map<Long, List<TicketView>> copy = new HashMap<>();
        waiting.forEach((area, list) -> copy.put(area, List.copyOf(list)));
        return new OfficeSnapshot(officeId, seq, copy, List.copyOf(counters.values()), List.<CallRecord>of());
    }

    public TicketView callNext(long officeId, long counterId) {
        record("callNext");
        CounterView counter = OFFICE_VIEW.counters().stream()
                .filter(c -> c.id() == counterId)
                .findFirst()
                .orElseThrow();
        TicketView next = counter.areaIds().stream()
                .flatMap(a -> waiting.get(a).stream())
                .findFirst()
                .orElseThrow(() -> new ApiException(409, "QUEUE_EMPTY", "Nobody is waiting", null));
        return take(next, counterId);
    }

    public TicketView callTicket(long officeId, long counterId, CallTicketRequest call) {
        record("callTicket " + call.ticketId());
        TicketView t = waiting.values().stream()
                .flatMap(List::stream)
                .filter(w -> w.id().equals(call.ticketId()))
                .findFirst()
                .orElseThrow(() -> new ApiException(404, "NOT_FOUND", "No such ticket", null));
        return take(t, counterId);
    }

    public TicketView recall(long officeId, long counterId) {
        record("recall");
        return current(counterId, t -> withStatus(t, TicketStatus.CALLED, t.calls() + 1));
    }

    public TicketView start(long officeId, long counterId) {
        record("start");
        return current(counterId, t -> withStatus(t, TicketStatus.SERVING, t.calls()));
    }

    public TicketView finish(long officeId, long counterId) {
        record("finish");
        return current(counterId, t -> withStatus(t, TicketStatus.DONE, t.calls()));
    }

    public TicketView noShow(long officeId, long counterId) {
        record("noShow");
        return current(counterId, t -> withStatus(t, TicketStatus.NO_SHOW, t.calls()));
    }

    public TicketView park(long officeId, long counterId) {
        record("park");
        return current(counterId, t -> withStatus(t, TicketStatus.PARKED, t.calls()));
    }

    public TicketView unpark(long officeId, long counterId, CallTicketRequest call) {
        record("unpark " + call.ticketId());
        TicketView t = counters.get(counterId).parked().stream()
                .filter(p -> p.id().equals(call.ticketId()))
                .findFirst()
                .orElseThrow(() -> new ApiException(409, "NOT_PARKED_HERE", "Not parked here", null));
        return withStatus(t, TicketStatus.CALLED, t.calls() + 1);
    }

    public TicketView transfer(long officeId, long counterId, TransferRequest to) {
        return to.areaId() != null ? toArea(counterId, to.areaId()) : toCounter(counterId, to.counterId());
    }

    private TicketView toArea(long counterId, long areaId) {
        record("transferToArea " + areaId);
        return current(
                counterId,
                t -> new TicketView(
                        t.id(),
                        OFFICE,
                        areaId,
                        t.code(),
                        t.number(),
                        t.day(),
                        t.priority(),
                        TicketStatus.WAITING,
                        null,
                        null,
                        t.calls(),
                        t.issuedAt(),
                        t.calledAt(),
                        null,
                        null));
    }

    private TicketView toCounter(long counterId, long toCounterId) {
        record("transferToCounter " + toCounterId);
        return current(
                counterId,
                t -> new TicketView(
                        t.id(),
                        OFFICE,
                        t.areaId(),
                        t.code(),
                        t.number(),
                        t.day(),
                        t.priority(),
                        TicketStatus.WAITING,
                        null,
                        toCounterId,
                        t.calls(),
                        t.issuedAt(),
                        t.calledAt(),
                        null,
                        null));
    }

    public void pause(long officeId, long counterId, PauseRequest pause) {
        record("pause " + pause.reason());
    }

    public void resume(long officeId, long counterId) {
        record("resume");
    }

    public MyDay myDay(long officeId) {
        myDayReads++;
        if (myDayRefusal != null) {
            throw myDayRefusal;
        }
        return myDay;
    }

    @Override
    public Registration follow(long officeId, LiveListener listener) {
        this.listener = listener;
        following = true;
        return () -> following = false;
    }

    @Override
    public Registration followBoard(long officeId, LiveListener listener) {
        followingBreaches = true;
        return follow(officeId, listener);
    }

    public ServiceNorms serviceNorms(long officeId) {
        record("serviceNorms");
        return norms;
    }

    public ServiceNorms setServiceNorms(long officeId, ServiceNorms norms) {
        record("setServiceNorms");
        this.norms = norms;
        return norms;
    }

    /** The bookings the server lists for any day. */
    public final List<AppointmentEntry> appointments = new ArrayList<>();

    public List<AppointmentEntry> appointmentsOf(long officeId, LocalDate day) {
        record("appointmentsOf " + day);
        if (refusal != null) {
            throw refusal;
        }
        return List.copyOf(appointments);
    }

    /** The areas taking bookings, by area id, as the server keeps them. */
    public final Map<Long, AppointmentArea> appointmentAreas = new LinkedHashMap<>();

    public List<AppointmentArea> appointmentAreas(long officeId) {
        return List.copyOf(appointmentAreas.values());
    }

    public AppointmentArea setAppointmentArea(long officeId, long areaId, AppointmentAreaRequest settings) {
        record("setAppointmentArea");
        if (refusal != null) {
            throw refusal;
        }
        AppointmentArea saved =
                new AppointmentArea(areaId, settings.slotMinutes(), settings.capacity(), settings.active());
        appointmentAreas.put(areaId, saved);
        return saved;
    }

    /** The office's tickets from the phone, as the server keeps them (off until set). */
    public PhoneTicketSettings phoneTickets = new PhoneTicketSettings(false, 200, 3);

    public PhoneTicketSettings phoneTickets(long officeId) {
        return phoneTickets;
    }

    public PhoneTicketSettings setPhoneTickets(long officeId, PhoneTicketSettings settings) {
        record("setPhoneTickets");
        if (refusal != null) {
            throw refusal;
        }
        phoneTickets = settings;
        return settings;
    }

    public static TicketView withStatus(TicketView t, TicketStatus status, int calls) {
        return new TicketView(
                t.id(),
                t.officeId(),
                t.areaId(),
                t.code(),
                t.number(),
                t.day(),
                t.priority(),
                status,
                t.counterId(),
                t.targetCounterId(),
                calls,
                t.issuedAt(),
                t.calledAt(),
                t.startedAt(),
                t.finishedAt());
    }

    public static TicketView calledAt(TicketView t, long counterId) {
        return new TicketView(
                t.id(),
                t.officeId(),
                t.areaId(),
                t.code(),
                t.number(),
                t.day(),
                t.priority(),
                TicketStatus.CALLED,
                counterId,
                null,
                t.calls() + 1,
                t.issuedAt(),
                Instant.now(),
                null,
                null);
    }

    private TicketView take(TicketView t, long counterId) {
        waiting.get(t.areaId()).remove(t);
        TicketView called = calledAt(t, counterId);
        setCounter(
                counterId, c -> new CounterState(c.counterId(), 1L, called, c.parked(), c.queued(), c.pausedReason()));
        return called;
    }

    private TicketView current(long counterId, UnaryOperator<TicketView> change) {
        TicketView t = counters.get(counterId).current();
        if (t == null) {
            throw new ApiException(409, "NO_CURRENT_TICKET", "No ticket", null);
        }
        return change.apply(t);
    }

    private void record(String call) {
        calls.add(call);
        if (refusal != null) {
            ApiException e = refusal;
            refusal = null;
            throw e;
        }
    }

    // --- review, reports and administration -----------------------------------------------------

    public List<RatingView> ratings(
            long officeId, LocalDate from, LocalDate to, Long areaId, Long counterId, Long clerkId) {
        record("ratings " + from + " " + to + " " + areaId + " " + counterId + " " + clerkId);
        return ratings;
    }

    public RatingSummary ratingSummary(
            long officeId, LocalDate from, LocalDate to, Long areaId, Long counterId, Long clerkId) {
        record("ratingSummary " + from + " " + to + " " + areaId + " " + counterId + " " + clerkId);
        return summary;
    }

    public ServiceTimes serviceTimes(long officeId, LocalDate from, LocalDate to, Long areaId) {
        record("serviceTimes " + from + " " + to + " " + areaId);
        return times;
    }

    public List<StaffDossierWork> dossierWork(long officeId, LocalDate from, LocalDate to, Long areaId) {
        record("dossierWork " + from + " " + to + " " + areaId);
        return dossierWork;
    }

    public List<NormBreach> openNormBreaches(long officeId) {
        return List.copyOf(breaches);
    }

    public List<LateDossier> lateDossiers(long officeId, YearMonth month) {
        calls.add("late " + month);
        return late;
    }

    /** An indicator table with one office row. */
    public IndicatorReport indicators(List<Long> officeIds, String period) {
        return new IndicatorReport(
                period,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 4, 1),
                List.of(),
                List.of(new IndicatorRow(IndicatorLevel.OFFICE, "Văn phòng", OFFICE, null, "000", null, List.of())),
                List.of());
    }

    public List<IndicatorDossier> indicatorDossiers(List<Long> officeIds, String period, String indicator) {
        return List.of();
    }

    public OfficeView office(long officeId) {
        record("office");
        return OFFICE_VIEW;
    }

    public OfficeForms officeForms(long officeId) {
        record("officeForms");
        return officeForms;
    }

    public OfficeForms updateOfficeForms(long officeId, OfficeForms forms) {
        record("updateOfficeForms " + forms);
        officeForms = new OfficeForms(
                forms.locality(),
                forms.agencyHeader().toUpperCase(Locale.forLanguageTag("vi")),
                forms.signerName(),
                forms.signerTitle(),
                forms.contactPhone(),
                forms.formRegime());
        return officeForms;
    }

    public OfficeView updateOffice(long officeId, OfficeSettings settings) {
        record("updateOffice " + settings);
        OfficeView o = OFFICE_VIEW;
        return new OfficeView(
                o.id(),
                o.code(),
                settings.name(),
                settings.agencyCode(),
                o.timeZone(),
                settings.opensAt(),
                settings.closesAt(),
                settings.openOnSaturday(),
                settings.openOnSunday(),
                settings.priorityRun(),
                o.areas(),
                o.counters());
    }

    public ServiceAreaView addArea(long officeId, AreaRequest area) {
        record("addArea " + area);
        return new ServiceAreaView(
                99, area.code(), area.name(), area.nameEn(), area.prefix(), area.dailyLimit(), area.active());
    }

    public ServiceAreaView updateArea(long officeId, long areaId, AreaRequest area) {
        record("updateArea " + areaId + " " + area);
        return new ServiceAreaView(
                areaId, area.code(), area.name(), area.nameEn(), area.prefix(), area.dailyLimit(), area.active());
    }

    public CounterView addCounter(long officeId, CounterRequest counter) {
        record("addCounter " + counter);
        return new CounterView(98, counter.number(), counter.name(), counter.areaIds(), counter.active());
    }

    public CounterView updateCounter(long officeId, long counterId, CounterRequest counter) {
        record("updateCounter " + counterId + " " + counter);
        return new CounterView(counterId, counter.number(), counter.name(), counter.areaIds(), counter.active());
    }

    public List<StaffView> staff(long officeId) {
        record("staff");
        return List.copyOf(staff);
    }

    public StaffView addStaff(long officeId, StaffRequest request) {
        record("addStaff " + request.username() + " " + request.roles()
                + (request.email() == null || request.email().isEmpty() ? "" : " " + request.email()));
        StaffView created = new StaffView(
                staff.size() + 1, request.username(), request.fullName(), true, request.roles(), request.email());
        staff.add(created);
        return created;
    }

    public StaffView updateStaff(long officeId, long staffId, StaffUpdate request) {
        record("updateStaff " + staffId + " " + request.fullName() + " " + request.roles() + " " + request.email());
        // as the server: a blank address is none
        String email = request.email() == null || request.email().isBlank()
                ? null
                : request.email().strip();
        staff.replaceAll(s -> s.id() == staffId
                ? new StaffView(s.id(), s.username(), request.fullName(), s.active(), request.roles(), email)
                : s);
        return staff.stream().filter(s -> s.id() == staffId).findFirst().orElseThrow();
    }

    public void lockStaff(long officeId, long staffId) {
        record("lockStaff " + staffId);
        setActive(staffId, false);
    }

    public void unlockStaff(long officeId, long staffId) {
        record("unlockStaff " + staffId);
        setActive(staffId, true);
    }

    public void resetPassword(long officeId, long staffId, PasswordReset reset) {
        record("resetPassword " + staffId + " " + reset.password());
    }

    private void setActive(long staffId, boolean active) {
        staff.replaceAll(s -> s.id() == staffId
                ? new StaffView(s.id(), s.username(), s.fullName(), active, s.roles(), s.email())
                : s);
    }

    public List<DeviceView> devices(long officeId) {
        record("devices");
        return devices.stream()
                .map(d -> new DeviceView(d.id(), d.code(), d.kind(), d.counterId(), d.createdAt(), d.revokedAt(), null))
                .toList();
    }

    public DeviceView addDevice(long officeId, DeviceRequest request) {
        record("addDevice " + request.kind() + " " + request.counterId());
        DeviceView created = new DeviceView(
                devices.size() + 1,
                "TB-" + (devices.size() + 1),
                request.kind(),
                request.counterId(),
                Instant.now(),
                null,
                "s3cret-" + (devices.size() + 1));
        devices.add(created);
        return created;
    }

    public DeviceView resetDeviceSecret(long officeId, long deviceId) {
        record("resetDeviceSecret " + deviceId);
        DeviceView device =
                devices.stream().filter(d -> d.id() == deviceId).findFirst().orElseThrow();
        return new DeviceView(
                device.id(),
                device.code(),
                device.kind(),
                device.counterId(),
                device.createdAt(),
                null,
                "m0i-" + deviceId);
    }

    public void revokeDevice(long officeId, long deviceId) {
        record("revokeDevice " + deviceId);
        devices.replaceAll(d -> d.id() == deviceId
                ? new DeviceView(d.id(), d.code(), d.kind(), d.counterId(), d.createdAt(), Instant.now(), null)
                : d);
    }

    public Notice notice(long officeId) {
        record("notice");
        return new Notice(notice);
    }

    public Notice setNotice(long officeId, Notice text) {
        record("setNotice " + text.text());
        notice = text.text();
        return text;
    }

    /** A page of the catalogue, whatever the query: the active procedures, or with {@code all} every one. */
    public List<ProcedureView> procedures(long officeId, String query, boolean all, int offset, int limit) {
        record(all ? "procedures" : "active procedures");
        List<ProcedureView> listed =
                procedures.stream().filter(p -> all || p.active()).toList();
        return listed.subList(Math.min(offset, listed.size()), Math.min(offset + limit, listed.size()));
    }

    public ProcedureView createProcedure(long officeId, ProcedureRequest request) {
        record("createProcedure " + request);
        ProcedureView created = procedure(100 + procedures.size(), request);
        procedures.add(created);
        return created;
    }

    public ProcedureView updateProcedure(long officeId, long procedureId, ProcedureRequest request) {
        record("updateProcedure " + procedureId + " " + request);
        ProcedureView updated = procedure(procedureId, request);
        procedures.replaceAll(p -> p.id() == procedureId ? updated : p);
        return updated;
    }

    public ProcedureImportResult importProcedures(long officeId, String csv) {
        record("importProcedures");
        importedCsv = csv;
        return importResult;
    }

    private static ProcedureView procedure(long id, ProcedureRequest r) {
        return new ProcedureView(
                id, r.code(), r.name(), r.areaId(), r.processingDays(), r.requiredDocuments(), r.fee(), r.active());
    }
}
