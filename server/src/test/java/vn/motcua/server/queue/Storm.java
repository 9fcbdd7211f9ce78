package vn.motcua.server.queue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kiosks issuing and counters calling, starting and finishing against both server instances at once, each
 * request recorded with its outcome. A request is one human action: one Idempotency-Key, sent again with
 * the same key (after 300 ms, then 600 ms) when it got no answer or a 503, as the apps' client does.
 */
final class Storm {

    enum Action {
        ISSUE,
        CALL_NEXT,
        START,
        FINISH
    }

    /** One attempt of one action: its HTTP status (0: no answer), code, content type and time taken. */
    record Attempt(int status, String code, String contentType, long at, long millis) {}

    /** One action with every attempt it took; {@code ticketId} from its successful answer. */
    record Outcome(Action action, String key, int worker, List<Attempt> attempts, String ticketId) {

        boolean succeeded() {
            return last().status() / 100 == 2;
        }

        Attempt last() {
            return attempts.getLast();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ATTEMPTS = 3;

    private final List<String> servers;
    private final long officeId;
    private final List<Long> areas;
    private final List<Long> counters;
    private final String kioskToken;
    private final String clerkToken;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);

    Storm(
            List<String> servers,
            long officeId,
            List<Long> areas,
            List<Long> counters,
            String kioskToken,
            String clerkToken) {
        this.servers = servers;
        this.officeId = officeId;
        this.areas = areas;
        this.counters = counters;
        this.kioskToken = kioskToken;
        this.clerkToken = clerkToken;
    }

    /** Runs the storm for {@code length} while {@code fault} runs beside it; the outcomes of every action. */
    List<Outcome> run(Duration length, Runnable fault) {
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int kiosk = 0; kiosk < 2; kiosk++) {
                int worker = kiosk;
                pool.submit(() -> kiosk(worker));
            }
            for (int i = 0; i < counters.size(); i++) {
                int worker = 10 + i;
                long counter = counters.get(i);
                pool.submit(() -> counter(worker, counter));
            }
            pool.submit(fault);
            TwoServers.sleep(length);
            running.set(false);
        }
        return new ArrayList<>(outcomes);
    }

    private void kiosk(int worker) {
        while (running.get()) {
            long area = areas.get(ThreadLocalRandom.current().nextInt(areas.size()));
            act(Action.ISSUE, worker, kioskToken, "/tickets", "{\"areaId\":" + area + "}");
            TwoServers.sleep(Duration.ofMillis(40));
        }
    }

    private void counter(int worker, long counter) {
        String base = "/counters/" + counter + "/";
        Action next = Action.CALL_NEXT;
        while (running.get()) {
            Outcome outcome = act(next, worker, clerkToken, base + path(next), null);
            String code = outcome.last().code();
            if (outcome.succeeded()) {
                next = switch (next) {
                    case CALL_NEXT -> Action.START;
                    case START -> Action.FINISH;
                    default -> Action.CALL_NEXT;
                };
            } else if ("QUEUE_EMPTY".equals(code)) {
                TwoServers.sleep(Duration.ofMillis(50));
            } else if ("COUNTER_BUSY".equals(code)) {
                next = Action.START;
            } else if ("WRONG_STATE".equals(code) && next == Action.START) {
                next = Action.FINISH;
            } else if ("NO_CURRENT_TICKET".equals(code) || "WRONG_STATE".equals(code)) {
                next = Action.CALL_NEXT;
            }
        }
    }

    private static String path(Action action) {
        return switch (action) {
            case CALL_NEXT -> "call-next";
            case START -> "start";
            case FINISH -> "finish";
            case ISSUE -> throw new IllegalArgumentException();
        };
    }

    private Outcome act(Action action, int worker, String token, String path, String body) {
        String key = UUID.randomUUID().toString();
        List<Attempt> attempts = new ArrayList<>();
        String ticketId = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            String server = servers.get(ThreadLocalRandom.current().nextInt(servers.size()));
            HttpRequest request = HttpRequest.newBuilder(URI.create(server + "/api/v1/offices/" + officeId + path))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token)
                    .header("Idempotency-Key", key)
                    .header("Content-Type", "application/json")
                    .POST(
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body))
                    .build();
            long at = System.currentTimeMillis();
            long started = System.nanoTime();
            Attempt result;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                long millis = (System.nanoTime() - started) / 1_000_000;
                String type = response.headers().firstValue("Content-Type").orElse("");
                String code = null;
                if (response.statusCode() / 100 == 2) {
                    JsonNode answer = JSON.readTree(response.body());
                    ticketId = (answer.has("ticket") ? answer.get("ticket") : answer)
                            .get("id")
                            .asString();
                } else if (type.startsWith("application/problem+json")) {
                    JsonNode problem = JSON.readTree(response.body());
                    code = problem.has("code") ? problem.get("code").asString() : null;
                }
                result = new Attempt(response.statusCode(), code, type, at, millis);
            } catch (IOException e) {
                result =
                        new Attempt(0, e.getClass().getSimpleName(), "", at, (System.nanoTime() - started) / 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            attempts.add(result);
            if (result.status() != 0 && result.status() != 503) {
                break;
            }
            TwoServers.sleep(Duration.ofMillis(300L * attempt));
        }
        Outcome outcome = new Outcome(action, key, worker, attempts, ticketId);
        if (!attempts.isEmpty()) {
            outcomes.add(outcome);
        }
        return outcome;
    }
}
