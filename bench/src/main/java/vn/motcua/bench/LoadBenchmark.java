package vn.motcua.bench;

import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * Drives a running server over HTTP: N concurrent kiosks issuing tickets, then N concurrent counters
 * calling them, while M STOMP subscribers listen on the display topic and time each event from the
 * moment the server stamped it to its arrival. Bounded in time and count; only talks to the given URL.
 *
 * <p>Arguments: url clients subscribers seconds [server pid [warm-up seconds]]. With the server's process id (same
 * machine), the server's CPU time per command is printed for each phase: a measure far less sensitive than the rates
 * to other work on a shared machine; and the part of it its JIT compiler threads took, which a server that has run
 * all day no longer pays.
 */
public final class LoadBenchmark {

    private LoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args.length > 0 ? args[0] : "http://localhost:18080");
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int subscribers = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        ServerCpu serverCpu =
                new ServerCpu(args.length > 4 ? ProcessHandle.of(Long.parseLong(args[4])) : Optional.empty());
        int warmUp = args.length > 5 ? Integer.parseInt(args[5]) : Math.max(5, seconds / 2);
        if (!List.of("localhost", "127.0.0.1", "[::1]").contains(url.getHost())) {
            throw new IllegalArgumentException("The benchmark only drives a server on this machine");
        }

        MotcuaClient kiosk = new MotcuaClient(url);
        kiosk.signInDevice("KIOSK-TT-01", "kiosk-tt-01-secret");
        MotcuaClient clerk = new MotcuaClient(url);
        clerk.signInStaff("canbo1", "motcua2026");
        MotcuaClient display = new MotcuaClient(url);
        display.signInDevice("DISPLAY-TT-01", "display-tt-01-secret");
        OfficeView office = kiosk.offices().offices().getFirst();
        List<Long> areas = office.areas().stream()
                .filter(a -> a.dailyLimit() == null)
                .map(ServiceAreaView::id)
                .toList();
        List<Long> counters = office.counters().stream().map(CounterView::id).toList();

        Percentiles eventDelay = new Percentiles();
        List<StompSession> sessions =
                subscribe(url, office.id(), display.token().token(), subscribers, eventDelay);

        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // the JIT compiles the hot paths of both phases for a minute and more on two cores; measure the server as it
        // runs all day: half the workers issue, half call and mark no-shows
        runFor(clients, warmUp, i -> {
            if (i % 2 == 0) {
                long area = areas.get(ThreadLocalRandom.current().nextInt(areas.size()));
                Requests.post(
                        http,
                        url,
                        "/api/v1/offices/" + office.id() + "/tickets",
                        kiosk.token().token(),
                        "{\"areaId\":" + area + "}");
            } else {
                String counter = "/api/v1/offices/" + office.id() + "/counters/" + counters.get(i);
                if (Requests.post(
                                http, url, counter + "/call-next", clerk.token().token(), null)
                        == 200) {
                    Requests.post(http, url, counter + "/no-show", clerk.token().token(), null);
                }
            }
            return true;
        });
        serverCpu.startProfile();
        Percentiles issue = new Percentiles();
        AtomicInteger issued = new AtomicInteger();
        AtomicInteger issueErrors = new AtomicInteger();
        long issueStart = System.nanoTime();
        Duration issueCpu = serverCpu.now();
        Duration issueJit = serverCpu.jit();
        runFor(clients, seconds, i -> {
            long area = areas.get(ThreadLocalRandom.current().nextInt(areas.size()));
            long t0 = System.nanoTime();
            int status = Requests.post(
                    http,
                    url,
                    "/api/v1/offices/" + office.id() + "/tickets",
                    kiosk.token().token(),
                    "{\"areaId\":" + area + "}");
            issue.add((System.nanoTime() - t0) / 1000);
            (status == 201 ? issued : issueErrors).incrementAndGet();
            return true;
        });
        double issueSeconds = (System.nanoTime() - issueStart) / 1e9;
        issueCpu = serverCpu.now().minus(issueCpu);
        issueJit = serverCpu.jit().minus(issueJit);

        Percentiles callNext = new Percentiles();
        AtomicInteger called = new AtomicInteger();
        AtomicInteger callErrors = new AtomicInteger();
        int callers = Math.min(clients, counters.size());
        long callStart = System.nanoTime();
        Duration callCpu = serverCpu.now();
        Duration callJit = serverCpu.jit();
        runFor(callers, seconds, i -> {
            long counter = counters.get(i);
            long t0 = System.nanoTime();
            int status = Requests.post(
                    http,
                    url,
                    "/api/v1/offices/" + office.id() + "/counters/" + counter + "/call-next",
                    clerk.token().token(),
                    null);
            callNext.add((System.nanoTime() - t0) / 1000);
            if (status != 200) {
                callErrors.incrementAndGet();
                return false;
            }
            called.incrementAndGet();
            Requests.post(
                    http,
                    url,
                    "/api/v1/offices/" + office.id() + "/counters/" + counter + "/no-show",
                    clerk.token().token(),
                    null);
            return true;
        });
        double callSeconds = (System.nanoTime() - callStart) / 1e9;
        callCpu = serverCpu.now().minus(callCpu);
        callJit = serverCpu.jit().minus(callJit);
        serverCpu.stopProfile();
        Thread.sleep(2000);
        sessions.forEach(StompSession::disconnect);

        System.out.printf("%n| measure | count | rate | p50 | p95 | p99 |%n|---|---|---|---|---|---|%n");
        System.out.printf(
                "| issue ticket (%d clients) | %d ok, %d refused | %.0f/s | %s |%n",
                clients, issued.get(), issueErrors.get(), issued.get() / issueSeconds, issue.summary());
        System.out.printf(
                "| call-next (%d counters; each followed by a no-show) | %d ok, %d refused | %.0f/s | %s |%n",
                callers, called.get(), callErrors.get(), called.get() / callSeconds, callNext.summary());
        System.out.printf(
                "| event delay to %d STOMP subscribers | %d deliveries | – | %s |%n",
                sessions.size(), eventDelay.count(), eventDelay.summary());
        if (serverCpu.known()) {
            System.out.printf(
                    "server CPU (JIT compiler threads' part): issuing %.2f cores (%.2f), %.2f ms per ticket (%.2f);"
                            + " calling %.2f cores (%.2f), %.2f ms per call-next with its no-show (%.2f)%n",
                    issueCpu.toNanos() / 1e9 / issueSeconds,
                    issueJit.toNanos() / 1e9 / issueSeconds,
                    issueCpu.toNanos() / 1e6 / Math.max(1, issued.get()),
                    issueJit.toNanos() / 1e6 / Math.max(1, issued.get()),
                    callCpu.toNanos() / 1e9 / callSeconds,
                    callJit.toNanos() / 1e9 / callSeconds,
                    callCpu.toNanos() / 1e6 / Math.max(1, called.get()),
                    callJit.toNanos() / 1e6 / Math.max(1, called.get()));
        }
        System.exit(0);
    }

    /** The server process's CPU time so far, as the kernel counts it (user and system, all threads). */
    private record ServerCpu(Optional<ProcessHandle> server) {
        boolean known() {
            return server.isPresent();
        }

        Duration now() {
            return server.flatMap(p -> p.info().totalCpuDuration()).orElse(Duration.ZERO);
        }

        /** With -Dbench.jfr=file: a Flight Recorder profile of the server from now on (its JDK's jcmd). */
        void startProfile() throws IOException, InterruptedException {
            String file = System.getProperty("bench.jfr");
            if (file != null && server.isPresent()) {
                jcmd("JFR.start", "name=bench", "settings=profile", "filename=" + file);
            }
        }

        void stopProfile() throws IOException, InterruptedException {
            if (System.getProperty("bench.jfr") != null && server.isPresent()) {
                jcmd("JFR.stop", "name=bench");
            }
        }

        private void jcmd(String... command) throws IOException, InterruptedException {
            List<String> line = new ArrayList<>(
                    List.of("jcmd", Long.toString(server.orElseThrow().pid())));
            line.addAll(List.of(command));
            new ProcessBuilder(line).inheritIO().start().waitFor();
        }

        /** The CPU time of the server's JIT compiler threads so far (Linux: their /proc entries), zero elsewhere. */
        Duration jit() {
            return server.map(p -> JitThreads.cpu(p.pid())).orElse(Duration.ZERO);
        }
    }

    interface Step {
        boolean run(int worker) throws Exception;
    }

    private static void runFor(int workers, int seconds, Step step) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < workers; w++) {
                int worker = w;
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        if (!step.run(worker)) {
                            return null;
                        }
                    }
                    return null;
                });
            }
        }
    }

    /** Times each event from the server's stamp to its arrival here (same machine, same clock). */
    private static final class DelayRecorder extends StompSessionHandlerAdapter {
        private final Percentiles delay;
        private final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();

        DelayRecorder(Percentiles delay) {
            this.delay = delay;
        }

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return QueueEvent.class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            delay.add(
                    Duration.between(((QueueEvent) payload).at(), Instant.now()).toNanos() / 1000);
        }

        @Override
        public void handleTransportError(StompSession s, Throwable e) {
            failures.add(e);
        }
    }

    private static List<StompSession> subscribe(URI url, long officeId, String token, int count, Percentiles delay)
            throws Exception {
        WebSocketStompClient stomp = new WebSocketStompClient(new StandardWebSocketClient());
        stomp.setMessageConverter(new JacksonJsonMessageConverter());
        StompHeaders connect = new StompHeaders();
        connect.add("Authorization", "Bearer " + token);
        URI ws = URI.create("ws://" + url.getAuthority() + "/ws");
        List<StompSession> sessions = new ArrayList<>();
        DelayRecorder recorder = new DelayRecorder(delay);
        for (int i = 0; i < count; i++) {
            StompSession session = stomp.connectAsync(ws, new WebSocketHttpHeaders(), connect, recorder)
                    .get(10, TimeUnit.SECONDS);
            session.subscribe("/topic/office." + officeId + ".display", recorder);
            sessions.add(session);
        }
        ConcurrentLinkedQueue<Throwable> failures = recorder.failures;
        if (!failures.isEmpty()) {
            System.err.println(failures.size() + " subscriber connections failed: " + failures.peek());
        }
        return sessions;
    }
}
