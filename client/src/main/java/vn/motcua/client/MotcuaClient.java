package vn.motcua.client;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.util.UriBuilder;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.client.api.AccessToken;
import vn.motcua.client.api.ApologyShare;
import vn.motcua.client.api.AreaRequest;
import vn.motcua.client.api.CalendarAdjustmentView;
import vn.motcua.client.api.CalendarDay;
import vn.motcua.client.api.CalendarImportResult;
import vn.motcua.client.api.CallTicketRequest;
import vn.motcua.client.api.CounterRequest;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.DeviceLogin;
import vn.motcua.client.api.DevicePairing;
import vn.motcua.client.api.DeviceRequest;
import vn.motcua.client.api.DeviceView;
import vn.motcua.client.api.DossierApologyRequest;
import vn.motcua.client.api.DossierDue;
import vn.motcua.client.api.DossierHandover;
import vn.motcua.client.api.DossierHandoverRequest;
import vn.motcua.client.api.DossierPublicView;
import vn.motcua.client.api.DossierRefusalRequest;
import vn.motcua.client.api.DossierRequest;
import vn.motcua.client.api.DossierStatusChange;
import vn.motcua.client.api.DossierSupplementRequest;
import vn.motcua.client.api.DossierView;
import vn.motcua.client.api.IndicatorDossier;
import vn.motcua.client.api.IndicatorReport;
import vn.motcua.client.api.IssueTicketRequest;
import vn.motcua.client.api.IssuedTicket;
import vn.motcua.client.api.LateDossier;
import vn.motcua.client.api.MyDay;
import vn.motcua.client.api.NormBreach;
import vn.motcua.client.api.Notice;
import vn.motcua.client.api.OfficeForms;
import vn.motcua.client.api.OfficeSettings;
import vn.motcua.client.api.OfficeSnapshot;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.PairingReference;
import vn.motcua.client.api.PasswordChange;
import vn.motcua.client.api.PasswordReset;
import vn.motcua.client.api.PauseRequest;
import vn.motcua.client.api.PriorityGroup;
import vn.motcua.client.api.ProcedureImportResult;
import vn.motcua.client.api.ProcedureRequest;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.client.api.RatingRequest;
import vn.motcua.client.api.RatingSummary;
import vn.motcua.client.api.RatingView;
import vn.motcua.client.api.RegisterEntry;
import vn.motcua.client.api.ServiceAreaView;
import vn.motcua.client.api.ServiceNorms;
import vn.motcua.client.api.ServiceTimes;
import vn.motcua.client.api.StaffDossierWork;
import vn.motcua.client.api.StaffLogin;
import vn.motcua.client.api.StaffRequest;
import vn.motcua.client.api.StaffUpdate;
import vn.motcua.client.api.StaffView;
import vn.motcua.client.api.TemporaryPasswordChange;
import vn.motcua.client.api.TicketView;
import vn.motcua.client.api.TransferRequest;
import vn.motcua.client.api.WebhookCreated;
import vn.motcua.client.api.WebhookRequest;
import vn.motcua.client.api.WebhookView;

/**
 * The typed REST client of the server's API, for one signed-in staff member or device. Thread-safe.
 * A device signs in again by itself when its token expires, with its secret or its screen pairing's reference.
 */
public class MotcuaClient {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int COMMAND_ATTEMPTS = 3;
    private static final Backoff COMMAND_RETRY = new Backoff(Duration.ofMillis(300), Duration.ofSeconds(1));

    private final URI baseUrl;
    private final RestClient rest;
    private final RestClient files;
    private final JsonMapper json = JsonMapper.builder().build();
    private volatile AccessToken token;
    private volatile DeviceLogin device;
    private volatile PairingReference pairing;

    /** A client with an HTTP connection of its own; apps with many sessions share a {@link ServerConnection}. */
    public MotcuaClient(URI baseUrl) {
        this(baseUrl, new ServerConnection(baseUrl));
    }

    MotcuaClient(URI baseUrl, ServerConnection connection) {
        this.baseUrl = baseUrl;
        this.rest = connection.rest();
        this.files = connection.files();
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public AccessToken token() {
        return token;
    }

    public AccessToken signInStaff(String username, String password) {
        token = call(
                r -> r.post()
                        .uri("/auth/staff")
                        .body(new StaffLogin(username, password))
                        .retrieve()
                        .body(AccessToken.class),
                false);
        return token;
    }

    /** After 403 PASSWORD_CHANGE_REQUIRED: replaces the admin-set temporary password and signs in. */
    public AccessToken replaceTemporaryPassword(String username, String temporaryPassword, String newPassword) {
        TemporaryPasswordChange change = new TemporaryPasswordChange(username, temporaryPassword, newPassword);
        token = call(
                r -> r.post()
                        .uri("/auth/staff/password")
                        .body(change)
                        .retrieve()
                        .body(AccessToken.class),
                false);
        return token;
    }

    public AccessToken signInDevice(String code, String secret) {
        DeviceLogin login = new DeviceLogin(code, secret);
        token = call(r -> r.post().uri("/auth/device").body(login).retrieve().body(AccessToken.class), false);
        device = login;
        pairing = null;
        return token;
    }

    /**
     * Signs in as the device a screen was paired as, with the pairing's reference instead of the device's secret;
     * the client signs in again with it when its token expires. 401 once the screen was unpaired.
     */
    public AccessToken signInPairing(String reference) {
        PairingReference body = new PairingReference(reference);
        token = call(r -> r.post().uri("/auth/pairing").body(body).retrieve().body(AccessToken.class), false);
        pairing = body;
        device = null;
        return token;
    }

    /** Pairs a screen as this device, which must have signed in with its secret; the reference is shown only once. */
    public DevicePairing createPairing() {
        return call(
                r -> r.post().uri("/pairings").headers(this::auth).retrieve().body(DevicePairing.class), true);
    }

    /** Unpairs a screen of this device; nothing happens for a reference that pairs none of its screens. */
    public void revokePairing(String reference) {
        call(
                r -> r.post()
                        .uri("/pairings/revoke")
                        .headers(this::auth)
                        .body(new PairingReference(reference))
                        .retrieve()
                        .toBodilessEntity(),
                true);
    }

    public List<OfficeView> offices() {
        return call(
                r -> r.get()
                        .uri("/offices")
                        .headers(this::auth)
                        .retrieve()
                        .body(new ParameterizedTypeReference<List<OfficeView>>() {}),
                true);
    }

    public OfficeView office(long officeId) {
        return call(
                r -> r.get()
                        .uri("/offices/{o}", officeId)
                        .headers(this::auth)
                        .retrieve()
                        .body(OfficeView.class),
                true);
    }

    public OfficeSnapshot snapshot(long officeId) {
        return call(
                r -> r.get()
                        .uri("/offices/{o}/snapshot", officeId)
                        .headers(this::auth)
                        .retrieve()
                        .body(OfficeSnapshot.class),
                true);
    }

    /** Takes a ticket; retried with one Idempotency-Key, so one call never issues two tickets. */
    public IssuedTicket issueTicket(long officeId, long areaId, PriorityGroup priority) {
        return command((r, key) -> r.post()
                .uri("/offices/{o}/tickets", officeId)
                .headers(this::auth)
                .header(IDEMPOTENCY_KEY, key)
                .body(new IssueTicketRequest(areaId, priority))
                .retrieve()
                .body(IssuedTicket.class));
    }

    public TicketView ticket(long officeId, String ticketId) {
        return call(
                r -> r.get()
                        .uri("/offices/{o}/tickets/{t}", officeId, ticketId)
                        .headers(this::auth)
                        .retrieve()
                        .body(TicketView.class),
                true);
    }

    /** The 80 mm slip to print, as PDF; {@code language} "vi" or "en" (the other language prints as a subtitle). */
    public byte[] ticketSlip(long officeId, String ticketId, String language) {
        return file(r -> r.get()
                .uri("/offices/{o}/tickets/{t}/slip.pdf?lang={l}", officeId, ticketId, language)
                .headers(this::auth)
                .retrieve()
                .body(byte[].class));
    }

    public TicketView cancel(long officeId, String ticketId) {
        return ticketCommand("/offices/{o}/tickets/{t}/cancel", officeId, ticketId);
    }

    public TicketView reactivate(long officeId, String ticketId) {
        return ticketCommand("/offices/{o}/tickets/{t}/reactivate", officeId, ticketId);
    }

    public TicketView callNext(long officeId, long counterId) {
        return counterCommand(officeId, counterId, "call-next", null);
    }

    public TicketView callTicket(long officeId, long counterId, String ticketId) {
        return counterCommand(officeId, counterId, "call", new CallTicketRequest(ticketId));
    }

    public TicketView recall(long officeId, long counterId) {
        return counterCommand(officeId, counterId, "recall", null);
    }

    public TicketView start(long officeId, long counterId) {
        return counterCommand(officeId, counterId, "start", null);
    }

    public TicketView finish(long officeId, long counterId) {
        return counterCommand(officeId, counterId, "finish", null);
    }

    public TicketView noShow(long officeId, long counterId) {
        return counterCommand(officeId, counterId, "no-show", null);
    }

    public TicketView park(long officeId, long counterId) {
        return counterCommand(officeId, counterId, "park", null);
    }

    public TicketView unpark(long officeId, long counterId, String ticketId) {
        return counterCommand(officeId, counterId, "unpark", new CallTicketRequest(ticketId));
    }

    public TicketView transferToArea(long officeId, long counterId, long areaId) {
        return counterCommand(officeId, counterId, "transfer", new TransferRequest(areaId, null));
    }

    public TicketView transferToCounter(long officeId, long counterId, long toCounterId) {
        return counterCommand(officeId, counterId, "transfer", new TransferRequest(null, toCounterId));
    }

    public void pause(long officeId, long counterId, String reason) {
        command((r, key) -> r.post()
                .uri("/offices/{o}/counters/{c}/pause", officeId, counterId)
                .headers(this::auth)
                .header(IDEMPOTENCY_KEY, key)
                .body(new PauseRequest(reason))
                .retrieve()
                .toBodilessEntity());
    }

    public void resume(long officeId, long counterId) {
        command((r, key) -> r.post()
                .uri("/offices/{o}/counters/{c}/resume", officeId, counterId)
                .headers(this::auth)
                .header(IDEMPOTENCY_KEY, key)
                .retrieve()
                .toBodilessEntity());
    }

    public OfficeView updateOffice(long officeId, OfficeSettings settings) {
        return call(
                r -> r.put()
                        .uri("/offices/{o}", officeId)
                        .headers(this::auth)
                        .body(settings)
                        .retrieve()
                        .body(OfficeView.class),
                true);
    }

    public ServiceAreaView addArea(long officeId, AreaRequest area) {
        return call(
                r -> r.post()
                        .uri("/offices/{o}/areas", officeId)
                        .headers(this::auth)
                        .body(area)
                        .retrieve()
                        .body(ServiceAreaView.class),
                true);
    }

    public ServiceAreaView updateArea(long officeId, long areaId, AreaRequest area) {
        return call(
                r -> r.put()
                        .uri("/offices/{o}/areas/{a}", officeId, areaId)
                        .headers(this::auth)
                        .body(area)
                        .retrieve()
                        .body(ServiceAreaView.class),
                true);
    }

    public CounterView addCounter(long officeId, CounterRequest counter) {
        return call(
                r -> r.post()
                        .uri("/offices/{o}/counters", officeId)
                        .headers(this::auth)
                        .body(counter)
                        .retrieve()
                        .body(CounterView.class),
                true);
    }

    public CounterView updateCounter(long officeId, long counterId, CounterRequest counter) {
        return call(
                r -> r.put()
                        .uri("/offices/{o}/counters/{c}", officeId, counterId)
                        .headers(this::auth)
                        .body(counter)
                        .retrieve()
                        .body(CounterView.class),
                true);
    }

    public List<StaffView> staff(long officeId) {
        return call(
                r -> r.get()
                        .uri("/offices/{o}/staff", officeId)
                        .headers(this::auth)
                        .retrieve()
                        .body(new ParameterizedTypeReference<List<StaffView>>() {}),
                true);
    }

    public StaffView addStaff(long officeId, StaffRequest staff) {
        return call(
                r -> r.post()
                        .uri("/offices/{o}/staff", officeId)
                        .headers(this::auth)
                        .body(staff)
                        .retrieve()
                        .body(StaffView.class),
                true);
    }

    public StaffView updateStaff(long officeId, long staffId, StaffUpdate staff) {
        return call(
                r -> r.put()
                        .uri("/offices/{o}/staff/{s}", officeId, staffId)
                        .headers(this::auth)
                        .body(staff)
                        .retrieve()
                        .body(StaffView.class),
                true);
    }

    /** Locks the account: it can no longer sign in, and its tokens stop working within seconds. */
    public void lockStaff(long officeId, long staffId) {
        call(
                r -> r.post()
                        .uri("/offices/{o}/staff/{s}/lock", officeId, staffId)
                        .headers(this::auth)
                        .retrieve()
                        .toBodilessEntity(),
                true);
    }

    public void unlockStaff(long officeId, long staffId) {
        call(
                r -> r.post()
                        .uri("/offices/{o}/staff/{s}/unlock", officeId, staffId)
                        .headers(this::auth)
                        .retrieve()
                        .toBodilessEntity(),
                true);
    }

    /** An admin sets a temporary password for a member of staff of the office. */
    public void resetPassword(long officeId, long staffId, String temporaryPassword) {
        call(
                r -> r.post()
                        .uri("/offices/{o}/staff/{s}/password", officeId, staffId)
                        .headers(this::auth)
                        .body(new PasswordReset(temporaryPassword))
                        .retrieve()
                        .toBodilessEntity(),
                true);
    }

    /** The signed-in member of staff changes their own password. */
    public void changeOwnPassword(String currentPassword, String newPassword) {
        call(
                r -> r.post()
                        .uri("/staff/me/password")
                        .headers(this::auth)
                        .body(new PasswordChange(currentPassword, newPassword))
                        .retrieve()
                        .toBodilessEntity(),
                true);
    }

    public List<DeviceView> devices(long officeId) {
        return call(
                r -> r.get()
                        .uri("/offices/{o}/devices", officeId)
                        .headers(this::auth)
                        .retrieve()
                        .body(new ParameterizedTypeReference<List<DeviceView>>() {}),
                true);
    }

    public DeviceView addDevice(long officeId, DeviceRequest device) {
        return call(
                r -> r.post()
                        .uri("/offices/{o}/devices", officeId)
                        .headers(this::auth)
                        .body(device)
                        .retrieve()
                        .body(DeviceView.class),
                true);
    }

    /** A new secret for the device, shown only in this answer; its screens are unpaired and its tokens refused. */
    public DeviceView resetDeviceSecret(long officeId, long deviceId) {
        return call(
                r -> r.post()
                        .uri("/offices/{o}/devices/{d}/secret", officeId, deviceId)
                        .headers(this::auth)
                        .retrieve()
                        .body(DeviceView.class),
                true);
    }

    public void revokeDevice(long officeId, long deviceId) {
        call(
                r -> r.post()
                        .uri("/offices/{o}/devices/{d}/revoke", officeId, deviceId)
                        .headers(this::auth)
                        .retrieve()
                        .toBodilessEntity(),
                true);
    }

    public List<RatingView> ratings(
            long officeId, LocalDate from, LocalDate to, Long areaId, Long counterId, Long clerkId) {
        return call(
                r -> r.get()
                        .uri(b -> b.path("/offices/{o}/ratings")
                                .queryParam("from", from)
                                .queryParam("to", to)
                                .queryParamIfPresent("areaId", Optional.ofNullable(areaId))
                                .queryParamIfPresent("counterId", Optional.ofNullable(counterId))
                                .queryParamIfPresent("clerkId", Optional.ofNullable(clerkId))
                                .build(officeId))
                        .headers(this::auth)
                        .retrieve()
                        .body(new ParameterizedTypeReference<List<RatingView>>() {}),
                true);
    }

    public RatingSummary ratingSummary(
            long officeId, LocalDate from, LocalDate to, Long areaId, Long counterId, Long clerkId) {
        return call(
                r -> r.get()
                        .uri(b -> b.path("/offices/{o}/ratings/summary")
                                .queryParam("from", from)
                                .queryParam("to", to)
                                .queryParamIfPresent("areaId", Optional.ofNullable(areaId))
                                .queryParamIfPresent("counterId", Optional.ofNullable(counterId))
                                .queryParamIfPresent("clerkId", Optional.ofNullable(clerkId))
                                .build(officeId))
                        .headers(this::auth)
                        .retrieve()
                        .body(RatingSummary.class),
                true);
    }

    /** Each member of staff's dossiers received, handled and returned in a period (HEAD or ADMIN). */
    public List<StaffDossierWork> dossierWork(long officeId, LocalDate from, LocalDate to, Long areaId) {
        return call(
                r -> r.get()
                        .uri(b -> b.path("/offices/{o}/dossier-work")
                                .queryParam("from", from)
                                .queryParam("to", to)
                                .queryParamIfPresent("areaId", Optional.ofNullable(areaId))
                                .build(officeId))
                        .headers(this::auth)
                        .retrieve()
                        .body(new ParameterizedTypeReference<List<StaffDossierWork>>() {}),
                true);
    }

    public ServiceTimes serviceTimes(long officeId, LocalDate from, LocalDate to, Long areaId) {
        return call(
                r -> r.get()
                        .uri(b -> b.path("/offices/{o}/service-times")
                                .queryParam("from", from)
                                .queryParam("to", to)
                                .queryParamIfPresent("areaId", Optional.ofNullable(areaId))
                                .build(officeId))
                        .headers(this::auth)
                        .retrieve()
                        .body(ServiceTimes.class),
                true);
    }

    public RatingView rate(long officeId, RatingRequest rating) {
        return call(
                r -> r.post()
                        .uri("/offices/{o}/ratings", officeId)
                        .headers(this::auth)
                        .body(rating)
                        .retrieve()
                        .body(RatingView.class),
                true);
    }

    private TicketView ticketCommand(String path, long officeId, String ticketId) {
        return command((r, key) -> r.post()
                .uri(path, officeId, ticketId)
                .headers(this::auth)
                .header(IDEMPOTENCY_KEY, key)
                .retrieve()
                .body(TicketView.class));
    }

    private TicketView counterCommand(long officeId, long counterId, String command, Object body) {
        return command((r, key) -> {
            var request = r.post()
                    .uri("/offices/{o}/counters/{c}/" + command, officeId, counterId)
                    .headers(this::auth)
                    .header(IDEMPOTENCY_KEY, key);
            if (body != null) {
                request = request.body(body);
            }
            return request.retrieve().body(TicketView.class);
        });
    }

    /**
     * A queue command is one human action: it carries one Idempotency-Key, and when its outcome is unknown
     * (no answer) or the server could not act now (503) it is sent again with the same key, so it acts at
     * most once and the retry answers with what the first attempt did.
     */
    private <T> T command(BiFunction<RestClient, String, T> request) {
        String key = UUID.randomUUID().toString();
        for (int attempt = 1; ; attempt++) {
            try {
                return call(r -> request.apply(r, key), true);
            } catch (ApiException e) {
                if (attempt >= COMMAND_ATTEMPTS || !(e.unreachable() || e.status() == 503)) {
                    throw e;
                }
                waitBeforeRetry(COMMAND_RETRY.after(attempt));
            }
        }
    }

    private static void waitBeforeRetry(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(0, "UNREACHABLE", "Interrupted while waiting to retry", null);
        }
    }

    private void auth(HttpHeaders headers) {
        AccessToken current = token;
        if (current == null) {
            throw new ApiException(401, "NOT_SIGNED_IN", "Sign in first", null);
        }
        headers.setBearerAuth(current.token());
    }

    /** A PDF or a spreadsheet, made on demand: it may take longer than an answer ({@link ServerConnection}). */
    private <T> T file(Function<RestClient, T> request) {
        return call(answers -> request.apply(files), true);
    }

    private <T> T call(Function<RestClient, T> request, boolean signedIn) {
        try {
            return request.apply(rest);
        } catch (RestClientResponseException e) {
            if (e.getStatusCode().value() == 401 && signedIn && (device != null || pairing != null)) {
                DeviceLogin login = device;
                PairingReference paired = pairing;
                if (login != null) {
                    signInDevice(login.code(), login.secret());
                } else {
                    signInPairing(paired.reference());
                }
                return call(request, false);
            }
            throw problem(e);
        } catch (ResourceAccessException e) {
            throw new ApiException(0, "UNREACHABLE", "The server cannot be reached: " + e.getMessage(), null);
        }
    }

    @SuppressWarnings("unchecked")
    private ApiException problem(RestClientResponseException e) {
        String code = null;
        String detail = e.getStatusText();
        List<Map<String, String>> errors = null;
        try {
            Map<String, Object> body = json.readValue(e.getResponseBodyAsString(), Map.class);
            code = (String) body.get("code");
            detail = body.get("detail") == null ? detail : body.get("detail").toString();
            errors = (List<Map<String, String>>) body.get("errors");
        } catch (RuntimeException notProblemJson) {
            detail = e.getResponseBodyAsString();
        }
        return new ApiException(e.getStatusCode().value(), code, detail, errors);
    }

    public List<ProcedureView> procedures(long officeId, String query) {
        return call(
                r -> r.get()
                        .uri(u -> u.path("/offices/{o}/procedures")
                                .queryParamIfPresent("q", Optional.ofNullable(query))
                                .build(officeId))
                        .headers(this::auth)
                        .retrieve()
                        .body(new ParameterizedTypeReference<List<ProcedureView>>() {}),
                true);
    }

    /** Every procedure of the office, those no longer in use too: what its admins edit. */
    public List<ProcedureView> allProcedures(long officeId) {
        return call(
                r -> r.get()
                        .uri(u -> u.path("/offices/{o}/procedures")
                                .queryParam("all", true)
                                .build(officeId))
                        .headers(this::auth)
                        .retrieve()
                        .body(new ParameterizedTypeReference<List<ProcedureView>>() {}),
                true);
    }

    public ProcedureView createProcedure(long officeId, ProcedureRequest procedure) {
        return call(
                r -> r.post()
                        .uri("/offices/{o}/procedures", officeId)
                        .headers(this::auth)
                        .body(procedure)
                        .retrieve()
                        .body(ProcedureView.class),
                true);
    }

    public ProcedureView updateProcedure(long officeId, long procedureId, ProcedureRequest procedure) {
        return call(
                r -> r.put()
                        .uri("/offices/{o}/procedures/{p}", officeId, procedureId)
                        .headers(this::auth)
                        .body(procedure)
                        .retrieve()
                        .body(ProcedureView.class),
                true);
    }

    /** A CSV text with a header line; nothing is imported when any line is wrong. */
    public ProcedureImportResult importProcedures(long officeId, String csv) {
        return call(
                r -> r.post()
                        .uri("/offices/{o}/procedures/import", officeId)
                        .headers(this::auth)
                        .contentType(new org.springframework.http.MediaType(
                                "text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                        .body(csv)
                        .retrieve()
                        .body(ProcedureImportResult.class),
                true);
    }

    public DossierView registerDossier(long officeId, DossierRequest dossier) {
        return call(
                r -> r.post()
                        .uri("/offices/{o}/dossiers", officeId)
                        .headers(this::auth)
                        .body(dossier)
                        .retrieve()
                        .body(DossierView.class),
                true);
    }

    public DossierView dossier(long officeId, String code) {
        return call(
                r -> r.get()
                        .uri("/offices/{o}/dossiers/{d}", officeId, code)
                        .headers(this::auth)
                        .retrieve()
                        .body(DossierView.class),
                true);
    }

    public DossierView changeDossierStatus(long officeId, String code, DossierStatusChange change) {
        return call(
                r -> r.post()
                        .uri("/offices/{o}/dossiers/{d}/status", officeId, code)
                        .headers(this::auth)
                        .body(change)
                        .retrieve()
                        .body(DossierView.class),
                true);
    }

    public byte[] dossierReceiptPdf(long officeId, String code) {
        return file(r -> r.get()
                .uri("/offices/{o}/dossiers/{d}/receipt.pdf", officeId, code)
                .headers(this::auth)
                .retrieve()
                .body(byte[].class));
    }

    public DossierView apologize(long officeId, String code, DossierApologyRequest apology) {
        return call(
                r -> r.post()
                        .uri("/offices/{o}/dossiers/{d}/apology", officeId, code)
                        .headers(this::auth)
                        .body(apology)
                        .retrieve()
                        .body(DossierView.class),
                true);
    }

    public byte[] dossierApologyPdf(long officeId, String code) {
        return file(r -> r.get()
                .uri("/offices/{o}/dossiers/{d}/apology.pdf", officeId, code)
                .headers(this::auth)
                .retrieve()
                .body(byte[].class));
    }

    /**
     * The public status of a dossier, as its receipt's QR code shows it; needs no sign-in. Anyone may call; a
     * signed-in kiosk sends its token too, so that failed look-ups are counted per kiosk rather than for every
     * kiosk behind the kiosk-app's one address. Status and next step in Vietnamese.
     */
    public DossierPublicView publicDossier(String code, String lookupToken) {
        return publicDossier(code, lookupToken, Locale.forLanguageTag("vi"));
    }

    /** The same, with the status and next step in {@code language} (Vietnamese or English). */
    public DossierPublicView publicDossier(String code, String lookupToken, Locale language) {
        return call(
                r -> r.get()
                        .uri("/public/dossiers/{d}?k={k}", code, lookupToken)
                        .headers(h -> {
                            h.setAcceptLanguageAsLocales(List.of(language));
                            AccessToken current = token;
                            if (current != null) {
                                h.setBearerAuth(current.token());
                            }
                        })
                        .retrieve()
                        .body(DossierPublicView.class),
                false);
    }

    /** For a kiosk: the status of a dossier whose code the citizen typed, with the last four digits of its phone. */
    public DossierPublicView dossierAtKiosk(long officeId, String code, String phoneLast4) {
        return dossierAtKiosk(officeId, code, phoneLast4, Locale.forLanguageTag("vi"));
    }

    /** The same, with the status and next step in {@code language} (Vietnamese or English). */
    public DossierPublicView dossierAtKiosk(long officeId, String code, String phoneLast4, Locale language) {
        return call(
                r -> r.get()
                        .uri("/offices/{o}/kiosk/dossiers/{d}?phone={p}", officeId, code, phoneLast4)
                        .headers(h -> {
                            auth(h);
                            h.setAcceptLanguageAsLocales(List.of(language));
                        })
                        .retrieve()
                        .body(DossierPublicView.class),
                true);
    }

    /** The morning list: open dossiers due by the end of the next working day without an apology, and overdue ones. */
    public List<DossierDue> dossiersDueSoon(long officeId) {
        return call(
                r -> r.get()
                        .uri("/offices/{o}/dossiers/due-soon", officeId)
                        .headers(this::auth)
                        .retrieve()
                        .body(new ParameterizedTypeReference<List<DossierDue>>() {}),
                true);
    }

    public ApologyShare apologyShare(long officeId, LocalDate from, LocalDate to) {
        return call(
                r -> r.get()
                        .uri("/offices/{o}/dossiers/apology-share?from={f}&to={t}", officeId, from, to)
                        .headers(this::auth)
                        .retrieve()
                        .body(ApologyShare.class),
                true);
    }

    /**
     * For the provincial one-stop information system (an ADMIN account): registers the dossier once per
     * {@code idempotencyKey}; a retry with the same key and body returns the first answer.
     */
    public DossierView registerDossierIdempotently(long officeId, String idempotencyKey, DossierRequest dossier) {
        return call(
                r -> r.post()
                        .uri("/integration/offices/{o}/dossiers", officeId)
                        .headers(this::auth)
                        .header("Idempotency-Key", idempotencyKey)
                        .body(dossier)
                        .retrieve()
                        .body(DossierView.class),
                true);
    }

    /** For the provincial one-stop information system: changes the status once per {@code idempotencyKey}. */
    public DossierView changeDossierStatusIdempotently(
            long officeId, String code, String idempotencyKey, DossierStatusChange change) {
        return call(
                r -> r.post()
                        .uri("/integration/offices/{o}/dossiers/{d}/status", officeId, code)
                        .headers(this::auth)
                        .header("Idempotency-Key", idempotencyKey)
                        .body(change)
                        .retrieve()
                        .body(DossierView.class),
                true);
    }

    /** Subscribes a receiver to the office's dossier status changes; the answer's secret is shown only here. */
    public WebhookCreated createWebhook(long officeId, String url) {
        return call(
                r -> r.post()
                        .uri("/integration/offices/{o}/webhooks", officeId)
                        .headers(this::auth)
                        .body(new WebhookRequest(url))
                        .retrieve()
                        .body(WebhookCreated.class),
                true);
    }

    public List<WebhookView> webhooks(long officeId) {
        return call(
                r -> r.get()
                        .uri("/integration/offices/{o}/webhooks", officeId)
                        .headers(this::auth)
                        .retrieve()
                        .body(new ParameterizedTypeReference<List<WebhookView>>() {}),
                true);
    }

    public void deleteWebhook(long officeId, long webhookId) {
        call(
                r -> r.delete()
                        .uri("/integration/offices/{o}/webhooks/{w}", officeId, webhookId)
                        .headers(this::auth)
                        .retrieve()
                        .toBodilessEntity(),
                true);
    }

    public Notice notice(long officeId) {
        return call(
                r -> r.get()
                        .uri("/offices/{o}/notice", officeId)
                        .headers(this::auth)
                        .retrieve()
                        .body(Notice.class),
                true);
    }

    public Notice setNotice(long officeId, String text) {
        return call(
                r -> r.put()
                        .uri("/offices/{o}/notice", officeId)
                        .headers(this::auth)
                        .body(new Notice(text))
                        .retrieve()
                        .body(Notice.class),
                true);
    }

    public ServiceNorms serviceNorms(long officeId) {
        return call(
                r -> r.get()
                        .uri("/offices/{o}/norms", officeId)
                        .headers(this::auth)
                        .retrieve()
                        .body(ServiceNorms.class),
                true);
    }

    public ServiceNorms setServiceNorms(long officeId, ServiceNorms norms) {
        return call(
                r -> r.put()
                        .uri("/offices/{o}/norms", officeId)
                        .headers(this::auth)
                        .body(norms)
                        .retrieve()
                        .body(ServiceNorms.class),
                true);
    }

    /** The breaches that started on the office's local days from {@code from} to {@code to}, both included. */
    public List<NormBreach> normBreaches(long officeId, LocalDate from, LocalDate to) {
        return call(
                r -> r.get()
                        .uri(b -> b.path("/offices/{o}/norm-breaches")
                                .queryParam("from", from)
                                .queryParam("to", to)
                                .build(officeId))
                        .headers(this::auth)
                        .retrieve()
                        .body(new ParameterizedTypeReference<List<NormBreach>>() {}),
                true);
    }

    /** The breaches that last now, for a head's live board. */
    public List<NormBreach> openNormBreaches(long officeId) {
        return call(
                r -> r.get()
                        .uri("/offices/{o}/norm-breaches/open", officeId)
                        .headers(this::auth)
                        .retrieve()
                        .body(new ParameterizedTypeReference<List<NormBreach>>() {}),
                true);
    }

    public MyDay myDay(long officeId) {
        return call(
                r -> r.get()
                        .uri("/offices/{o}/my-day", officeId)
                        .headers(this::auth)
                        .retrieve()
                        .body(MyDay.class),
                true);
    }

    /** Asks the applicant to add or complete papers (Mẫu 02); the dossier moves to SUPPLEMENT_REQUESTED. */
    public DossierView requestSupplement(long officeId, String code, DossierSupplementRequest request) {
        return call(
                r -> r.post()
                        .uri("/offices/{o}/dossiers/{d}/supplement-request", officeId, code)
                        .headers(this::auth)
                        .body(request)
                        .retrieve()
                        .body(DossierView.class),
                true);
    }

    /** The latest supplement request of the dossier, as PDF. */
    public byte[] supplementRequestPdf(long officeId, String code) {
        return file(r -> r.get()
                .uri("/offices/{o}/dossiers/{d}/supplement-request.pdf", officeId, code)
                .headers(this::auth)
                .retrieve()
                .body(byte[].class));
    }

    /** Refuses to receive the dossier (Mẫu 03); it moves to REJECTED. */
    public DossierView refuseDossier(long officeId, String code, DossierRefusalRequest request) {
        return call(
                r -> r.post()
                        .uri("/offices/{o}/dossiers/{d}/refusal", officeId, code)
                        .headers(this::auth)
                        .body(request)
                        .retrieve()
                        .body(DossierView.class),
                true);
    }

    public byte[] refusalPdf(long officeId, String code) {
        return file(r -> r.get()
                .uri("/offices/{o}/dossiers/{d}/refusal.pdf", officeId, code)
                .headers(this::auth)
                .retrieve()
                .body(byte[].class));
    }

    /** The stop notice (Thông báo dừng giải quyết hồ sơ) of a dossier moved to STOPPED. */
    public byte[] stopNoticePdf(long officeId, String code) {
        return file(r -> r.get()
                .uri("/offices/{o}/dossiers/{d}/stop-notice.pdf", officeId, code)
                .headers(this::auth)
                .retrieve()
                .body(byte[].class));
    }

    /** Records a hand-over of the dossier; answers all its hand-overs in order. */
    public List<DossierHandover> recordHandover(long officeId, String code, DossierHandoverRequest handover) {
        return call(
                r -> r.post()
                        .uri("/offices/{o}/dossiers/{d}/handovers", officeId, code)
                        .headers(this::auth)
                        .body(handover)
                        .retrieve()
                        .body(new ParameterizedTypeReference<List<DossierHandover>>() {}),
                true);
    }

    /** Who held the dossier and when, in order. */
    public List<DossierHandover> handovers(long officeId, String code) {
        return call(
                r -> r.get()
                        .uri("/offices/{o}/dossiers/{d}/handovers", officeId, code)
                        .headers(this::auth)
                        .retrieve()
                        .body(new ParameterizedTypeReference<List<DossierHandover>>() {}),
                true);
    }

    /** The control slip (Phiếu kiểm soát quá trình giải quyết hồ sơ) as PDF. */
    public byte[] controlSlipPdf(long officeId, String code) {
        return file(r -> r.get()
                .uri("/offices/{o}/dossiers/{d}/control-slip.pdf", officeId, code)
                .headers(this::auth)
                .retrieve()
                .body(byte[].class));
    }

    /** The office's register (Sổ theo dõi hồ sơ) of {@code year}, in entry order. */
    public List<RegisterEntry> register(long officeId, int year) {
        return call(
                r -> r.get()
                        .uri("/offices/{o}/register?year={y}", officeId, year)
                        .headers(this::auth)
                        .retrieve()
                        .body(new ParameterizedTypeReference<List<RegisterEntry>>() {}),
                true);
    }

    /** The same register as CSV, headed in Vietnamese. */
    public String registerCsv(long officeId, int year) {
        return file(r -> r.get()
                .uri("/offices/{o}/register.csv?year={y}", officeId, year)
                .headers(this::auth)
                .retrieve()
                .body(String.class));
    }

    /** The dossiers due in {@code month} that are late, with the clerk who received each. */
    public List<LateDossier> lateDossiers(long officeId, YearMonth month) {
        return call(
                r -> r.get()
                        .uri("/offices/{o}/late-dossiers?month={m}", officeId, month)
                        .headers(this::auth)
                        .retrieve()
                        .body(new ParameterizedTypeReference<List<LateDossier>>() {}),
                true);
    }

    /**
     * The QĐ 766 indicator table of the given offices (none: every office the caller heads) for a period written
     * {@code 2026}, {@code 2026-Q3} or {@code 2026-11} (null: the last whole quarter). HEAD of each office.
     */
    public IndicatorReport indicators(List<Long> officeIds, String period) {
        return call(
                r -> r.get()
                        .uri(b -> indicatorQuery(b.path("/indicators"), officeIds, period)
                                .build())
                        .headers(this::auth)
                        .retrieve()
                        .body(IndicatorReport.class),
                true);
    }

    /** The dossiers behind a low 2.1 (late ones) or 5.4 (late or rated not satisfied), at most 500. */
    public List<IndicatorDossier> indicatorDossiers(List<Long> officeIds, String period, String indicator) {
        return call(
                r -> r.get()
                        .uri(b -> indicatorQuery(b.path("/indicators/dossiers"), officeIds, period)
                                .queryParam("indicator", indicator)
                                .build())
                        .headers(this::auth)
                        .retrieve()
                        .body(new ParameterizedTypeReference<List<IndicatorDossier>>() {}),
                true);
    }

    /** The indicator table as a file: {@code format} is {@code xlsx}, {@code csv} or {@code pdf}. */
    public byte[] indicatorsFile(List<Long> officeIds, String period, String format) {
        return file(r -> r.get()
                .uri(b -> indicatorQuery(b.path("/indicators." + format), officeIds, period)
                        .build())
                .headers(this::auth)
                .retrieve()
                .body(byte[].class));
    }

    private static UriBuilder indicatorQuery(UriBuilder b, List<Long> officeIds, String period) {
        if (officeIds != null) {
            officeIds.forEach(id -> b.queryParam("office", id));
        }
        return b.queryParamIfPresent("period", Optional.ofNullable(period));
    }

    /** The same list as a landscape A4 PDF with a subtotal per clerk. */
    public byte[] lateDossiersPdf(long officeId, YearMonth month) {
        return file(r -> r.get()
                .uri("/offices/{o}/late-dossiers.pdf?month={m}", officeId, month)
                .headers(this::auth)
                .retrieve()
                .body(byte[].class));
    }

    /**
     * The office's monthly report of {@code month} (YYYY-MM) as {@code pdf} or {@code xlsx}: ratings, waiting and
     * service times per area, the QĐ 766 indicators and the month's late dossiers. HEAD or ADMIN of the office.
     */
    public byte[] monthlyReport(long officeId, String month, String format) {
        return file(r -> r.get()
                .uri("/offices/{o}/monthly-reports/{m}.{f}", officeId, month, format)
                .headers(this::auth)
                .retrieve()
                .body(byte[].class));
    }

    /** The public HTML page of the month's late dossiers; needs no sign-in. */
    public String publicLateDossiersPage(long officeId, YearMonth month) {
        return call(
                r -> r.get()
                        .uri(baseUrl.resolve("/cong-khai/" + officeId + "/ho-so-tre-han?month=" + month))
                        .retrieve()
                        .body(String.class),
                false);
    }

    /** Every day of the year that is not an ordinary weekday, with its reason; ordinary weekends when asked. */
    public List<CalendarDay> calendarYear(int year, boolean weekends) {
        return call(
                r -> r.get()
                        .uri("/calendar/{y}?weekends={w}", year, weekends)
                        .headers(this::auth)
                        .retrieve()
                        .body(new ParameterizedTypeReference<List<CalendarDay>>() {}),
                true);
    }

    public List<CalendarAdjustmentView> calendarAdjustments(int year) {
        return call(
                r -> r.get()
                        .uri("/calendar/{y}/adjustments", year)
                        .headers(this::auth)
                        .retrieve()
                        .body(new ParameterizedTypeReference<List<CalendarAdjustmentView>>() {}),
                true);
    }

    public CalendarAdjustmentView addCalendarAdjustment(CalendarAdjustmentView adjustment) {
        return call(
                r -> r.post()
                        .uri("/calendar/adjustments")
                        .headers(this::auth)
                        .body(adjustment)
                        .retrieve()
                        .body(CalendarAdjustmentView.class),
                true);
    }

    public void removeCalendarAdjustment(LocalDate day) {
        call(
                r -> r.delete()
                        .uri("/calendar/adjustments/{d}", day)
                        .headers(this::auth)
                        .retrieve()
                        .toBodilessEntity(),
                true);
    }

    /** A CSV text with the header day,kind,note; nothing is recorded when any line is wrong. */
    public CalendarImportResult importCalendarAdjustments(String csv) {
        return call(
                r -> r.post()
                        .uri("/calendar/adjustments/import")
                        .headers(this::auth)
                        .contentType(new org.springframework.http.MediaType(
                                "text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                        .body(csv)
                        .retrieve()
                        .body(CalendarImportResult.class),
                true);
    }

    public CalendarImportResult importCalendarAdjustments(List<CalendarAdjustmentView> adjustments) {
        return call(
                r -> r.post()
                        .uri("/calendar/adjustments/import")
                        .headers(this::auth)
                        .body(adjustments)
                        .retrieve()
                        .body(CalendarImportResult.class),
                true);
    }

    public OfficeForms officeForms(long officeId) {
        return call(
                r -> r.get()
                        .uri("/offices/{o}/forms", officeId)
                        .headers(this::auth)
                        .retrieve()
                        .body(OfficeForms.class),
                true);
    }

    public OfficeForms updateOfficeForms(long officeId, OfficeForms forms) {
        return call(
                r -> r.put()
                        .uri("/offices/{o}/forms", officeId)
                        .headers(this::auth)
                        .body(forms)
                        .retrieve()
                        .body(OfficeForms.class),
                true);
    }
}
