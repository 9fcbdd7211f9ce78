package vn.motcua.server.integration;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * POSTs one signed delivery. Timeouts are short because the dispatcher holds the delivery's row lock meanwhile;
 * redirects are not followed, so a delivery goes only to the address the admin gave.
 */
@Component
class WebhookSender {

    static final String EVENT_ID = "X-Motcua-Event-Id";
    static final String TIMESTAMP = "X-Motcua-Timestamp";
    static final String SIGNATURE = "X-Motcua-Signature";
    private static final int MAX_ERROR_LENGTH = 500;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final WebhookTargets targets;

    WebhookSender(WebhookTargets targets) {
        this.targets = targets;
    }

    /** Empty when the receiver answered 2xx, otherwise why not. */
    Optional<String> send(WebhookDeliveries.Pending delivery, long timestamp) {
        URI target = URI.create(delivery.url());
        Optional<String> refused = targets.refusal(target);
        if (refused.isPresent()) {
            return refused.map(why -> truncated("not sent: " + why));
        }
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .header(EVENT_ID, delivery.eventId().toString())
                .header(TIMESTAMP, Long.toString(timestamp))
                .header(SIGNATURE, WebhookSignature.of(delivery.secret(), timestamp, delivery.body()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8))
                .build();
        try {
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? Optional.empty() : Optional.of("HTTP " + status);
        } catch (IOException e) {
            return Optional.of(truncated(e.getClass().getSimpleName() + ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    private static String truncated(String text) {
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }
}
