package vn.motcua.kiosk.device;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.client.api.AccessToken;
import vn.motcua.client.api.DevicePairing;
import vn.motcua.client.api.Role;

/**
 * The server's part of pairing, in memory, over real HTTP: device sign-in, creating a pairing with a token from the
 * secret, exchanging a reference for a token, unpairing. What the kiosk-app's replicas share is only what they ask it.
 */
final class PairingServer implements AutoCloseable {

    static final String CODE = "DISPLAY-TT-01";
    static final String SECRET = "display-tt-01-secret";
    static final long OFFICE = 7;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpServer http;
    /** token → the reference it was exchanged for, or "" for a token from the secret */
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private final Set<String> pairings = ConcurrentHashMap.newKeySet();
    private final AtomicInteger exchanges = new AtomicInteger();

    PairingServer() {
        try {
            http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        http.createContext("/api/v1/", this::handle);
        http.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
    }

    int exchanges() {
        return exchanges.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] request = exchange.getRequestBody().readAllBytes();
            JsonNode body = json.readTree(request.length == 0 ? "{}".getBytes(StandardCharsets.UTF_8) : request);
            String path = exchange.getRequestURI().getPath();
            String bearer = exchange.getRequestHeaders().getFirst("Authorization");
            String caller = bearer == null ? null : tokens.get(bearer.substring("Bearer ".length()));
            switch (path) {
                case "/api/v1/auth/device" -> {
                    if (CODE.equals(body.path("code").asString())
                            && SECRET.equals(body.path("secret").asString())) {
                        answer(exchange, 200, token(""));
                    } else {
                        answer(exchange, 401, null);
                    }
                }
                case "/api/v1/pairings" -> {
                    if (!"".equals(caller)) {
                        answer(exchange, caller == null ? 401 : 403, null);
                        return;
                    }
                    byte[] bytes = new byte[32];
                    RANDOM.nextBytes(bytes);
                    String reference = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                    pairings.add(reference);
                    answer(exchange, 201, new DevicePairing(reference, 1, Instant.now()));
                }
                case "/api/v1/auth/pairing" -> {
                    exchanges.incrementAndGet();
                    String reference = body.path("reference").asString();
                    answer(exchange, pairings.contains(reference) ? 200 : 401, token(reference));
                }
                case "/api/v1/pairings/revoke" -> {
                    if (caller == null) {
                        answer(exchange, 401, null);
                        return;
                    }
                    pairings.remove(body.path("reference").asString());
                    tokens.values().removeIf(body.path("reference").asString()::equals);
                    answer(exchange, 204, null);
                }
                default -> answer(exchange, 404, null);
            }
        }
    }

    private AccessToken token(String reference) {
        String token = "t-" + RANDOM.nextLong();
        tokens.put(token, reference);
        return new AccessToken(
                token, Instant.now().plusSeconds(3600), "device:1", CODE, Set.of(Role.DISPLAY), List.of(OFFICE), null);
    }

    private void answer(HttpExchange exchange, int status, Object body) throws IOException {
        if (status >= 300 || body == null) {
            byte[] problem = ("{\"status\":" + status + ",\"code\":null}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(status, status == 204 ? -1 : problem.length);
            if (status != 204) {
                exchange.getResponseBody().write(problem);
            }
            return;
        }
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
