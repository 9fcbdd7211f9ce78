package vn.motcua.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A server that takes its time: an answer is given up after the answer timeout, a file (a PDF or spreadsheet made
 * on demand) is waited for up to the longer file timeout. Against a local HTTP server that answers after 1.5 s.
 */
class ServerConnectionTest {

    private static final String TOKEN = """
            {"token":"t","expiresAt":"2030-01-01T00:00:00Z","subject":"lanhdao","displayName":"Lãnh đạo",
             "roles":["HEAD"],"officeIds":[1],"counterId":null}""";

    private HttpServer server;
    private MotcuaClient client;

    @BeforeEach
    void startSlowServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/auth/staff", exchange -> answer(exchange, "application/json", TOKEN));
        server.createContext("/api/v1/", exchange -> {
            sleep(Duration.ofMillis(1_500));
            answer(exchange, "application/pdf", "%PDF-1.7");
        });
        server.start();
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        // The JVM's first exchange loads Jackson and the client's classes while its read timeout runs, which on a
        // loaded machine takes longer than the short answer timeout below; this one waits as long as it needs.
        new MotcuaClient(url).signInStaff("lanhdao", "mat-khau-dung-12");
        client = new ServerConnection(url, Duration.ofMillis(500), Duration.ofSeconds(10)).newClient();
        client.signInStaff("lanhdao", "mat-khau-dung-12");
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void a_file_slower_than_an_answer_may_be_is_still_received() {
        byte[] report = client.files().monthlyReport(1, "2026-11", "pdf");

        assertThat(new String(report, StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.7");
    }

    @Test
    void an_answer_slower_than_the_answer_timeout_is_given_up_as_unreachable() {
        assertThatThrownBy(() -> client.queue().snapshot(1))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.unreachable()).isTrue());
    }

    private static void answer(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
