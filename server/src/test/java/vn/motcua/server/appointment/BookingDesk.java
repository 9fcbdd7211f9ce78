package vn.motcua.server.appointment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.motcua.client.api.AppointmentView;
import vn.motcua.server.Fixtures;

/**
 * Books over HTTP as a phone does, each booking from an address of its own (X-Forwarded-For, which the tests' server
 * trusts from loopback as the deploy files' nginx) unless one is given, so that the per-address bound of one test does
 * not reach another.
 */
final class BookingDesk {

    private final Fixtures fixtures;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    BookingDesk(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    static String anyAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    HttpResponse<String> book(long office, long area, Instant startsAt, String name, String phone) {
        return book(office, area, startsAt, name, phone, anyAddress());
    }

    HttpResponse<String> book(long office, long area, Instant startsAt, String name, String phone, String address) {
        ObjectNode body = json.createObjectNode()
                .put("areaId", area)
                .put("startsAt", startsAt.toString())
                .put("name", name)
                .put("phone", phone);
        return send(HttpRequest.newBuilder(uri("/api/v1/public/offices/" + office + "/appointments"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    }

    /** Books and answers the booking, failing the test on a refusal. */
    AppointmentView booked(long office, long area, Instant startsAt, String name, String phone) {
        HttpResponse<String> answer = book(office, area, startsAt, name, phone);
        if (answer.statusCode() != 201) {
            throw new AssertionError("booking refused: " + answer.statusCode() + " " + answer.body());
        }
        return json.readValue(answer.body(), AppointmentView.class);
    }

    HttpResponse<String> get(String path, String address) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("X-Forwarded-For", address)
                .GET()
                .build());
    }

    HttpResponse<String> post(String path, String contentType, String body, String address) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private URI uri(String path) {
        return URI.create(fixtures.baseUrl() + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
