package vn.motcua.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The drivers' commands, sent by the JDK's HTTP client rather than the typed client: the benchmark measures the
 * server, and the typed client's retries and problem parsing would blur what one request costs.
 */
final class Requests {

    private Requests() {}

    static int post(HttpClient http, URI url, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url.resolve(path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token);
        request = json == null
                ? request.POST(HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
