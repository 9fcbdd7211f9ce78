package vn.motcua.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the typed interfaces declare, and what the client's interceptors do with it, against a local HTTP server
 * that records what it is sent: the token, a device's second sign-in, a command's one key over its retries, and
 * problem+json turned into {@link ApiException}.
 */
class DeclaredExchangesTest {

    private static final String TICKET = """
            {"id":"t1","officeId":1,"areaId":1,"code":"A001","number":1,"status":"CALLED","calls":1}""";

    private final Queue<String> seen = new ConcurrentLinkedQueue<>();
    private final AtomicInteger deviceSignIns = new AtomicInteger();
    private final AtomicInteger busyAnswers = new AtomicInteger();
    private HttpServer server;
    private MotcuaClient client;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/auth/device", exchange -> {
            int n = deviceSignIns.incrementAndGet();
            answer(exchange, 200, "application/json", token("device-" + n));
        });
        server.createContext("/api/v1/", exchange -> {
            seen.add(exchange.getRequestMethod() + "|" + exchange.getRequestURI() + "|"
                    + exchange.getRequestHeaders().getFirst("Authorization") + "|"
                    + exchange.getRequestHeaders().getFirst("Idempotency-Key") + "|"
                    + exchange.getRequestHeaders().getFirst("Accept-Language"));
            String path = exchange.getRequestURI().getPath();
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if ("Bearer device-1".equals(auth)) {
                answer(exchange, 401, "application/problem+json", "{\"code\":\"TOKEN_EXPIRED\"}");
            } else if (path.endsWith("/call-next") && busyAnswers.getAndIncrement() < 2) {
                answer(exchange, 503, "application/problem+json", "{\"code\":\"BUSY\",\"detail\":\"Thử lại\"}");
            } else if (path.endsWith("/recall")) {
                answer(exchange, 409, "application/problem+json", """
                        {"code":"NO_CURRENT_TICKET","detail":"Quầy chưa gọi vé nào",
                         "errors":[{"field":"counterId","message":"không có vé"}]}""");
            } else if (path.startsWith("/api/v1/public/")) {
                answer(
                        exchange,
                        200,
                        "application/json",
                        "{\"code\":\"HS-1\",\"nationalStatusCode\":1,\"officeId\":1}");
            } else if (path.contains("/tickets/") || path.endsWith("/call-next")) {
                answer(exchange, 200, "application/json", TICKET);
            } else {
                answer(exchange, 200, "application/json", path.endsWith("/ratings") ? "[]" : "{}");
            }
        });
        server.start();
        client = new MotcuaClient(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void a_call_before_signing_in_is_refused_without_being_sent() {
        assertThatThrownBy(() -> client.queue().ticket(1, "t1"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("NOT_SIGNED_IN"));
        assertThat(seen).isEmpty();
    }

    @Test
    void a_device_whose_token_expired_signs_in_again_once_and_is_answered() {
        client.signInDevice("KIOSK-1", "bi-mat");

        assertThat(client.queue().ticket(1, "t1").code()).isEqualTo("A001");

        assertThat(deviceSignIns).hasValue(2);
        assertThat(seen).extracting(s -> s.split("\\|")[2]).containsExactly("Bearer device-1", "Bearer device-2");
    }

    @Test
    void a_command_the_server_could_not_act_on_is_sent_again_with_the_same_key() {
        client.signInDevice("KIOSK-1", "bi-mat");
        client.queue().ticket(1, "t1");
        seen.clear();

        assertThat(client.queue().callNext(1, 2).code()).isEqualTo("A001");

        assertThat(seen).hasSize(3);
        assertThat(seen.stream().map(s -> s.split("\\|")[3]).distinct())
                .hasSize(1)
                .doesNotContain("null");
    }

    @Test
    void a_look_up_is_sent_once_and_without_a_key() {
        client.signInDevice("KIOSK-1", "bi-mat");
        client.queue().ticket(1, "t1");
        seen.clear();

        client.queue().ticket(1, "t1");

        assertThat(seen).singleElement().asString().endsWith("|null|null");
    }

    @Test
    void a_refusal_in_problem_json_becomes_an_api_exception_with_its_code_detail_and_fields() {
        client.signInDevice("KIOSK-1", "bi-mat");
        client.queue().ticket(1, "t1");

        assertThatThrownBy(() -> client.queue().recall(1, 2)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.code()).isEqualTo("NO_CURRENT_TICKET");
            assertThat(e.getMessage()).isEqualTo("Quầy chưa gọi vé nào");
            assertThat(e.fieldErrors()).containsExactly(Map.of("field", "counterId", "message", "không có vé"));
        });
    }

    @Test
    void dates_go_as_iso_days_and_empty_filters_are_left_out() {
        client.signInDevice("KIOSK-1", "bi-mat");
        client.queue().ticket(1, "t1");
        seen.clear();

        client.ratings().ratings(1, LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 31), null, 3L, null);
        client.reports().indicators(List.of(1L, 2L), null);

        assertThat(seen)
                .extracting(s -> s.split("\\|")[1])
                .containsExactly(
                        "/api/v1/offices/1/ratings?from=2026-12-04&to=2026-12-31&counterId=3",
                        "/api/v1/indicators?office=1&office=2");
    }

    @Test
    void anyone_may_look_up_a_dossier_without_a_token_in_their_language() {
        client.dossiers().publicDossier("HS-1", "k", Locale.ENGLISH);

        assertThat(seen).singleElement().asString().isEqualTo("GET|/api/v1/public/dossiers/HS-1?k=k|null|null|en");
    }

    private static String token(String value) {
        return """
                {"token":"%s","expiresAt":"2030-01-01T00:00:00Z","subject":"kiosk","displayName":"Kiosk",
                 "roles":["KIOSK"],"officeIds":[1],"counterId":null}""".formatted(value);
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
