package vn.motcua.bench;

import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.QueueEvent;
import vn.motcua.client.api.ServiceAreaView;

/**
 * A province on one server (or two): for each office the subscriptions its screens hold — the kiosk-app's display
 * topic, the counter-app's queue topic, ten consoles on the queue topic and ten rating tablets each on its counter's
 * topic, every one its own STOMP connection — while tickets are issued, called, started and finished across the
 * offices at a rate that follows a working day's curve. Each event is timed from the server's stamp to its arrival at
 * every subscriber, and the deliveries are counted against what the successful commands must have produced.
 *
 * <p>Arguments: urls (comma-separated; office i's screens connect to url i mod n, commands go round the urls)
 * offices peak-tickets-per-second seconds [server pids [warm-up seconds]]. The warm-up plays the same day, compressed
 * into its own seconds, before the measured run: the servers' JIT compiles and every topic has its first event (the
 * broker's first look-up of a topic's subscribers), as on a server that has run since the morning. Its event delays
 * are printed too: they are what the screens see in the first minutes after a restart.
 */
public final class ProvinceBenchmark {

    /**
     * The relative ticket rate of each hour of a working day, 07:30 to 17:00 (the morning rush, the lunch pause, the
     * afternoon's second wave), played in order and compressed into the run.
     */
    private static final double[] DAY = {0.5, 1.0, 0.9, 0.7, 0.3, 0.4, 0.8, 0.7, 0.4, 0.2};

    private static final int CONSOLES = 10;
    private static final int TABLETS = 10;

    /** Every event reaches the display topic and the queue topic's counter-app and consoles. */
    private static final int OFFICE_WIDE = 1 + 1 + CONSOLES;

    private ProvinceBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<URI> urls = Arrays.stream(args[0].split(",")).map(URI::create).toList();
        int officeCount = Integer.parseInt(args[1]);
        double peak = Double.parseDouble(args[2]);
        int seconds = Integer.parseInt(args[3]);
        // the servers' process ids (same machine), for their CPU time while the commands run
        List<ProcessHandle> servers = args.length > 4
                ? Arrays.stream(args[4].split(","))
                        .map(pid -> ProcessHandle.of(Long.parseLong(pid)).orElseThrow())
                        .toList()
                : List.of();
        for (URI url : urls) {
            if (!List.of("localhost", "127.0.0.1", "[::1]").contains(url.getHost())) {
                throw new IllegalArgumentException("The benchmark only drives servers on this machine");
            }
        }

        MotcuaClient clerk = new MotcuaClient(urls.getFirst());
        clerk.signInStaff("canbo1", "motcua2026");
        String token = clerk.token().token();
        List<Office> offices = clerk.offices().offices().stream()
                .filter(o -> o.counters().size() >= TABLETS)
                .limit(officeCount)
                .map(Office::of)
                .toList();
        if (offices.size() < officeCount) {
            throw new IllegalStateException("Only " + offices.size() + " offices with " + TABLETS + " counters");
        }

        Deliveries deliveries = new Deliveries();
        long connectStart = System.nanoTime();
        List<StompSession> sessions = subscribe(urls, offices, token, deliveries);
        System.out.printf(
                "%d STOMP sessions (%d offices × %d) connected in %.0f s, %d connection attempts lost%n",
                sessions.size(),
                offices.size(),
                OFFICE_WIDE + TABLETS,
                (System.nanoTime() - connectStart) / 1e9,
                deliveries.lostConnecting.get());
        int warmUp = args.length > 5 ? Integer.parseInt(args[5]) : 0;
        if (warmUp > 0) {
            Thread.sleep(3000);
            deliveries.reset();
            Commands warming = new Commands(urls, token);
            drive(offices, warming, peak, warmUp);
            Thread.sleep(5000);
            System.out.printf(
                    "warm-up, %d s after connecting: %d commands ok, %d refused %s; event delay %s%n",
                    warmUp, warming.ok(), warming.refused.get(), warming.refusedByStatus, deliveries.delay.summary());
        }
        Thread.sleep(3000);
        deliveries.reset();

        Commands commands = new Commands(urls, token);
        long start = System.nanoTime();
        Duration cpuBefore = cpu(servers);
        drive(offices, commands, peak, seconds);
        double elapsed = (System.nanoTime() - start) / 1e9;
        // the last events are still on their way when the last command answers
        Thread.sleep(5000);
        Duration serverCpu = cpu(servers).minus(cpuBefore);
        double cpuSeconds = (System.nanoTime() - start) / 1e9;
        List<StompSession> open =
                sessions.stream().filter(StompSession::isConnected).toList();
        String firstFailure = deliveries.firstFailure;
        open.forEach(StompSession::disconnect);

        long expected = commands.officeWide.get() * OFFICE_WIDE + commands.atCounter.get() * (OFFICE_WIDE + 1);
        System.out.printf("%n| measure | count | rate | p50 | p95 | p99 |%n|---|---|---|---|---|---|%n");
        System.out.printf(
                "| commands (issue, call-next, start, finish) | %d ok, %d refused, %d failed | %.0f/s | %s |%n",
                commands.ok(),
                commands.refused.get(),
                commands.failed.get(),
                commands.ok() / elapsed,
                commands.latency.summary());
        System.out.printf(
                "| event delay, server stamp to subscriber (%d sessions) | %d of %d expected deliveries | %.0f/s | %s |%n",
                sessions.size(),
                deliveries.delay.count(),
                expected,
                deliveries.delay.count() / elapsed,
                deliveries.delay.summary());
        System.out.printf("refused commands by status: %s%n", commands.refusedByStatus);
        System.out.printf(
                "%nsessions closed during the run: %d (first cause: %s)%n",
                sessions.size() - open.size(), firstFailure);
        if (!servers.isEmpty()) {
            System.out.printf(
                    "server CPU while the commands ran (and 5 s after): %.2f cores, %.2f ms per command, %.0f µs per"
                            + " delivery%n",
                    serverCpu.toNanos() / 1e9 / cpuSeconds,
                    serverCpu.toNanos() / 1e6 / Math.max(1, commands.ok()),
                    serverCpu.toNanos() / 1e3 / Math.max(1, deliveries.delay.count()));
        }
        System.exit(0);
    }

    /** The servers' CPU time so far, as the kernel counts it (user and system, all threads). */
    private static Duration cpu(List<ProcessHandle> servers) {
        return servers.stream()
                .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * Starts ticket journeys at the day curve's rate: each issues a ticket in a random office and, if one of the
     * office's counters is free, calls, starts and finishes there; when every counter is busy the ticket waits, as in
     * a hall at its peak.
     */
    private static void drive(List<Office> offices, Commands commands, double peak, int seconds)
            throws InterruptedException {
        long phaseNanos = TimeUnit.SECONDS.toNanos(seconds) / DAY.length;
        try (ExecutorService journeys = Executors.newVirtualThreadPerTaskExecutor()) {
            long begin = System.nanoTime();
            double started = 0;
            double due = 0;
            long last = begin;
            while (true) {
                long now = System.nanoTime();
                int phase = (int) ((now - begin) / phaseNanos);
                if (phase >= DAY.length) {
                    break;
                }
                due += peak * DAY[phase] * (now - last) / 1e9;
                last = now;
                while (started + 1 <= due) {
                    started++;
                    Office office = offices.get(ThreadLocalRandom.current().nextInt(offices.size()));
                    journeys.submit(() -> journey(office, commands));
                }
                Thread.sleep(5);
            }
        }
    }

    private static Void journey(Office office, Commands commands) throws Exception {
        if (!commands.run(office.ticketsPath(), "{\"areaId\":" + office.randomArea() + "}", false)) {
            return null;
        }
        Long counter = office.freeCounters.poll();
        if (counter == null) {
            return null;
        }
        try {
            if (commands.run(office.counterPath(counter, "call-next"), null, true)) {
                commands.run(office.counterPath(counter, "start"), null, true);
                commands.run(office.counterPath(counter, "finish"), null, true);
            }
        } finally {
            office.freeCounters.add(counter);
        }
        return null;
    }

    private static List<StompSession> subscribe(List<URI> urls, List<Office> offices, String token, Deliveries sink)
            throws Exception {
        StompHeaders connect = new StompHeaders();
        connect.add("Authorization", "Bearer " + token);
        List<WebSocketStompClient> clients = urls.stream()
                .map(u -> {
                    StandardWebSocketClient socket = new StandardWebSocketClient();
                    // Tomcat's client gives a handshake 5 s, too short for thousands on a loaded machine
                    socket.setUserProperties(Map.of("org.apache.tomcat.websocket.IO_TIMEOUT_MS", "60000"));
                    WebSocketStompClient stomp = new WebSocketStompClient(socket);
                    stomp.setMessageConverter(new JacksonJsonMessageConverter());
                    return stomp;
                })
                .toList();
        List<CompletableFuture<StompSession>> pending = new ArrayList<>();
        // a few hundred handshakes at once would measure the connection storm, not the province at work
        Semaphore handshakes = new Semaphore(64);
        for (int i = 0; i < offices.size(); i++) {
            Office office = offices.get(i);
            WebSocketStompClient stomp = clients.get(i % urls.size());
            URI ws = URI.create("ws://" + urls.get(i % urls.size()).getAuthority() + "/ws");
            List<String> topics = new ArrayList<>();
            topics.add("/topic/office." + office.id + ".display");
            for (int c = 0; c <= CONSOLES; c++) {
                topics.add("/topic/office." + office.id + ".queue");
            }
            for (int t = 0; t < TABLETS; t++) {
                topics.add("/topic/office." + office.id + ".counter." + office.counters.get(t));
            }
            for (String topic : topics) {
                handshakes.acquire();
                pending.add(open(stomp, ws, connect, topic, sink, 1).whenComplete((s, e) -> handshakes.release()));
            }
        }
        List<StompSession> sessions = new ArrayList<>();
        for (CompletableFuture<StompSession> session : pending) {
            sessions.add(session.get(120, TimeUnit.SECONDS));
        }
        return sessions;
    }

    /**
     * One screen's connection; one lost before its CONNECTED is tried again, up to three times, and counted: the
     * figure to read is the delay once the province is connected, and how often connecting failed is printed.
     */
    private static CompletableFuture<StompSession> open(
            WebSocketStompClient stomp, URI ws, StompHeaders connect, String topic, Deliveries sink, int attempt) {
        return stomp.connectAsync(ws, new WebSocketHttpHeaders(), connect, sink)
                .thenApply(s -> {
                    s.subscribe(topic, sink);
                    return s;
                })
                .exceptionallyCompose(e -> {
                    sink.lostConnecting.incrementAndGet();
                    return attempt < 3
                            ? open(stomp, ws, connect, topic, sink, attempt + 1)
                            : CompletableFuture.failedFuture(e);
                });
    }

    private record Office(long id, List<Long> areas, List<Long> counters, BlockingQueue<Long> freeCounters) {

        static Office of(OfficeView view) {
            List<Long> counters =
                    view.counters().stream().map(CounterView::id).limit(TABLETS).toList();
            return new Office(
                    view.id(),
                    view.areas().stream()
                            .filter(a -> a.dailyLimit() == null)
                            .map(ServiceAreaView::id)
                            .toList(),
                    counters,
                    new ArrayBlockingQueue<>(counters.size(), false, counters));
        }

        long randomArea() {
            return areas.get(ThreadLocalRandom.current().nextInt(areas.size()));
        }

        String ticketsPath() {
            return "/api/v1/offices/" + id + "/tickets";
        }

        String counterPath(long counter, String action) {
            return "/api/v1/offices/" + id + "/counters/" + counter + "/" + action;
        }
    }

    /** Sends commands round the servers and counts what each must have made the server publish. */
    private static final class Commands {
        private final List<URI> urls;
        private final String token;
        private final HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final AtomicInteger next = new AtomicInteger();
        private final Percentiles latency = new Percentiles();
        private final AtomicLong officeWide = new AtomicLong();
        private final AtomicLong atCounter = new AtomicLong();
        private final AtomicLong refused = new AtomicLong();
        private final Map<Integer, AtomicLong> refusedByStatus = new ConcurrentSkipListMap<>();
        private final AtomicLong failed = new AtomicLong();

        Commands(List<URI> urls, String token) {
            this.urls = urls;
            this.token = token;
        }

        boolean run(String path, String json, boolean counterEvent) {
            URI url = urls.get(Math.floorMod(next.getAndIncrement(), urls.size()));
            long t0 = System.nanoTime();
            try {
                int status = Requests.post(http, url, path, token, json);
                latency.add((System.nanoTime() - t0) / 1000);
                if (status / 100 != 2) {
                    refused.incrementAndGet();
                    refusedByStatus
                            .computeIfAbsent(status, x -> new AtomicLong())
                            .incrementAndGet();
                    return false;
                }
                (counterEvent ? atCounter : officeWide).incrementAndGet();
                return true;
            } catch (Exception e) {
                failed.incrementAndGet();
                return false;
            }
        }

        long ok() {
            return officeWide.get() + atCounter.get();
        }
    }

    /** Times each event from the server's stamp to its arrival here (same machine, same clock). */
    private static final class Deliveries extends StompSessionHandlerAdapter {
        private volatile Percentiles delay = new Percentiles();
        private volatile String firstFailure;
        private final AtomicInteger lostConnecting = new AtomicInteger();

        void reset() {
            delay = new Percentiles();
        }

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return QueueEvent.class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            if (payload instanceof QueueEvent event) {
                delay.add(Duration.between(event.at(), Instant.now()).toNanos() / 1000);
            } else if (firstFailure == null) {
                firstFailure = headers.getFirst("message");
            }
        }

        @Override
        public void handleTransportError(StompSession session, Throwable e) {
            if (firstFailure == null) {
                firstFailure = e.toString();
            }
        }
    }
}
