package vn.motcua.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

import tools.jackson.databind.json.JsonMapper;
import vn.motcua.client.api.AccessToken;
import vn.motcua.client.api.CallTicketRequest;
import vn.motcua.client.api.DeviceLogin;
import vn.motcua.client.api.IssueTicketRequest;
import vn.motcua.client.api.IssuedTicket;
import vn.motcua.client.api.OfficeSnapshot;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.PauseRequest;
import vn.motcua.client.api.PriorityGroup;
import vn.motcua.client.api.RatingRequest;
import vn.motcua.client.api.RatingView;
import vn.motcua.client.api.StaffLogin;
import vn.motcua.client.api.TicketView;
import vn.motcua.client.api.TransferRequest;

/**
 * The typed REST client of the server's API, for one signed-in staff member or device. Thread-safe.
 * A device signs in again by itself when its token expires.
 */
public class MotcuaClient {

    private final URI baseUrl;
    private final RestClient rest;
    private final JsonMapper json = JsonMapper.builder().build();
    private volatile AccessToken token;
    private volatile DeviceLogin device;

    public MotcuaClient(URI baseUrl) {
        this.baseUrl = baseUrl;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(Duration.ofSeconds(10));
        this.rest = RestClient.builder().baseUrl(baseUrl.toString() + "/api/v1").requestFactory(factory).build();
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public AccessToken token() {
        return token;
    }

    public AccessToken signInStaff(String username, String password) {
        token = call(r -> r.post().uri("/auth/staff").body(new StaffLogin(username, password))
                .retrieve().body(AccessToken.class), false);
        return token;
    }

    public AccessToken signInDevice(String code, String secret) {
        DeviceLogin login = new DeviceLogin(code, secret);
        token = call(r -> r.post().uri("/auth/device").body(login).retrieve().body(AccessToken.class), false);
        device = login;
        return token;
    }

    public List<OfficeView> offices() {
        return call(r -> r.get().uri("/offices").headers(this::auth).retrieve()
                .body(new ParameterizedTypeReference<List<OfficeView>>() { }), true);
    }

    public OfficeView office(long officeId) {
        return call(r -> r.get().uri("/offices/{o}", officeId).headers(this::auth).retrieve().body(OfficeView.class), true);
    }

    public OfficeSnapshot snapshot(long officeId) {
        return call(r -> r.get().uri("/offices/{o}/snapshot", officeId).headers(this::auth).retrieve()
                .body(OfficeSnapshot.class), true);
    }

    public IssuedTicket issueTicket(long officeId, long areaId, PriorityGroup priority) {
        return call(r -> r.post().uri("/offices/{o}/tickets", officeId).headers(this::auth)
                .body(new IssueTicketRequest(areaId, priority)).retrieve().body(IssuedTicket.class), true);
    }

    public TicketView ticket(long officeId, String ticketId) {
        return call(r -> r.get().uri("/offices/{o}/tickets/{t}", officeId, ticketId).headers(this::auth).retrieve()
                .body(TicketView.class), true);
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
        call(r -> r.post().uri("/offices/{o}/counters/{c}/pause", officeId, counterId).headers(this::auth)
                .body(new PauseRequest(reason)).retrieve().toBodilessEntity(), true);
    }

    public void resume(long officeId, long counterId) {
        call(r -> r.post().uri("/offices/{o}/counters/{c}/resume", officeId, counterId).headers(this::auth)
                .retrieve().toBodilessEntity(), true);
    }

    public RatingView rate(long officeId, RatingRequest rating) {
        return call(r -> r.post().uri("/offices/{o}/ratings", officeId).headers(this::auth).body(rating).retrieve()
                .body(RatingView.class), true);
    }

    private TicketView ticketCommand(String path, long officeId, String ticketId) {
        return call(r -> r.post().uri(path, officeId, ticketId).headers(this::auth).retrieve().body(TicketView.class), true);
    }

    private TicketView counterCommand(long officeId, long counterId, String command, Object body) {
        return call(r -> {
            var request = r.post().uri("/offices/{o}/counters/{c}/" + command, officeId, counterId).headers(this::auth);
            if (body != null) {
                request = request.body(body);
            }
            return request.retrieve().body(TicketView.class);
        }, true);
    }

    private void auth(HttpHeaders headers) {
        AccessToken current = token;
        if (current == null) {
            throw new ApiException(401, "NOT_SIGNED_IN", "Sign in first", null);
        }
        headers.setBearerAuth(current.token());
    }

    private <T> T call(Function<RestClient, T> request, boolean signedIn) {
        try {
            return request.apply(rest);
        } catch (RestClientResponseException e) {
            if (e.getStatusCode().value() == 401 && signedIn && device != null) {
                signInDevice(device.code(), device.secret());
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
}
