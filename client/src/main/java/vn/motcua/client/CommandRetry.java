package vn.motcua.client;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Sends a {@link Command} with one Idempotency-Key and, when no answer came or the server could not act now (503),
 * sends it again with the same key after the client's one {@link Backoff}: the command acts at most once, and a
 * retry answers with what the first attempt did.
 */
final class CommandRetry implements ClientHttpRequestInterceptor {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int ATTEMPTS = 3;
    private static final Backoff BACKOFF = new Backoff(Duration.ofMillis(300), Duration.ofSeconds(1));

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        if (!request.getAttributes().containsKey(Exchanges.COMMAND)) {
            return execution.execute(request, body);
        }
        request.getHeaders().set(IDEMPOTENCY_KEY, UUID.randomUUID().toString());
        for (int attempt = 1; ; attempt++) {
            try {
                ClientHttpResponse response = execution.execute(request, body);
                if (attempt >= ATTEMPTS || response.getStatusCode().value() != 503) {
                    return response;
                }
                response.close();
            } catch (IOException unanswered) {
                if (attempt >= ATTEMPTS) {
                    throw unanswered;
                }
            }
            waitBeforeRetry(BACKOFF.after(attempt));
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
}
