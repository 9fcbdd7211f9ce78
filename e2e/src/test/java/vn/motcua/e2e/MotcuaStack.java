package vn.motcua.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real thing, as a deployment runs it: the server's, the kiosk-app's and the counter-app's executable jars
 * started as processes, each in a fresh working directory of its own. The server, in the embedded mode as ./run.sh
 * starts it, runs its embedded PostgreSQL and Redis under that directory and seeds the demo offices.
 *
 * <p>{@link #close()} stops them all (destroy, then destroyForcibly) and whatever they leave behind: a JVM that
 * had to be killed leaves its embedded redis-server and postgres running, so their pid files are read too.
 */
final class MotcuaStack implements AutoCloseable {

    /** Only for these throw-away processes; at least 32 bytes, as the server requires. */
    static final String TOKEN_SECRET = "e2e-only-token-secret-0123456789abcdefghijklmnopqrstuvwxyz";

    private static final Duration STARTUP = Duration.ofMinutes(4);
    private static final Duration STOP = Duration.ofSeconds(30);
    /** Inherited settings that would point the processes elsewhere than their own embedded stores. */
    private static final List<String> SCRUBBED_ENV = List.of(
            "DATABASE_URL",
            "DATABASE_USERNAME",
            "DATABASE_PASSWORD",
            "REDIS_URL",
            "SPRING_PROFILES_ACTIVE",
            "SPRING_DATASOURCE_URL",
            "SPRING_DATA_REDIS_URL",
            "SPRING_DATA_REDIS_HOST",
            "PORT",
            "SERVER_PORT",
            "MOTCUA_SERVER_URL",
            "KIOSK_DATA_DIR",
            "MOTCUA_PUBLIC_URL",
            "JAVA_TOOL_OPTIONS",
            "JDK_JAVA_OPTIONS");

    private final Path work;
    private final Path logs;
    private final int serverPort;
    private final int kioskPort;
    private final int counterPort;
    private final List<ProcessHandle> children = new ArrayList<>();
    private Process server;
    private Process kiosk;
    private Process counter;

    private MotcuaStack(Path work, Path logs, int serverPort, int kioskPort, int counterPort) {
        this.work = work;
        this.logs = logs;
        this.serverPort = serverPort;
        this.kioskPort = kioskPort;
        this.counterPort = counterPort;
    }

    static MotcuaStack start() {
        Path serverJar = jar("e2e.server.jar", "server", "server/target/server-0.1.0-SNAPSHOT.jar");
        Path kioskJar = jar("e2e.kiosk.jar", "kiosk-app", "kiosk-app/target/kiosk-app-0.1.0-SNAPSHOT.jar");
        Path counterJar = jar("e2e.counter.jar", "counter-app", "counter-app/target/counter-app-0.1.0-SNAPSHOT.jar");
        MotcuaStack stack;
        try {
            Path logs = Files.createDirectories(Path.of(System.getProperty("e2e.logs", "target/e2e-logs")));
            stack = new MotcuaStack(Files.createTempDirectory("motcua-e2e-"), logs, freePort(), freePort(), freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            stack.launch(serverJar, kioskJar, counterJar);
            return stack;
        } catch (RuntimeException | Error e) {
            stack.close();
            throw e;
        }
    }

    URI serverUrl() {
        return URI.create("http://localhost:" + serverPort);
    }

    String kioskUrl() {
        return "http://localhost:" + kioskPort;
    }

    /** The clerks' and heads' Vaadin app: sign-in at "/", then the place picker, console, review, administration. */
    String counterUrl() {
        return "http://localhost:" + counterPort;
    }

    private void launch(Path serverJar, Path kioskJar, Path counterJar) {
        try {
            Path serverDir = Files.createDirectories(work.resolve("server"));
            Path kioskDir = Files.createDirectories(work.resolve("kiosk-app"));
            Path counterDir = Files.createDirectories(work.resolve("counter-app"));
            // copies: a module rebuilt by someone else during the run must not pull the jar from under a JVM
            serverJar = Files.copy(serverJar, serverDir.resolve(serverJar.getFileName()));
            kioskJar = Files.copy(kioskJar, kioskDir.resolve(kioskJar.getFileName()));
            counterJar = Files.copy(counterJar, counterDir.resolve(counterJar.getFileName()));
            // all at once: the kiosk-app and the counter-app need the server only once someone uses them
            server = java(
                    serverJar,
                    serverDir,
                    logs.resolve("server.log"),
                    Map.of("MOTCUA_TOKEN_SECRET", TOKEN_SECRET, "MOTCUA_EMBEDDED", "true"),
                    "--server.port=" + serverPort);
            kiosk = java(
                    kioskJar,
                    kioskDir,
                    logs.resolve("kiosk-app.log"),
                    Map.of("MOTCUA_SERVER_URL", serverUrl().toString(), "PORT", String.valueOf(kioskPort)));
            counter = java(
                    counterJar,
                    counterDir,
                    logs.resolve("counter-app.log"),
                    Map.of("MOTCUA_SERVER_URL", serverUrl().toString(), "PORT", String.valueOf(counterPort)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant deadline = Instant.now().plus(STARTUP);
        awaitHealthy("server", server, serverUrl() + "/actuator/health", logs.resolve("server.log"), deadline);
        awaitHealthy("kiosk-app", kiosk, kioskUrl() + "/", logs.resolve("kiosk-app.log"), deadline);
        // its sign-in page: every other address sends whoever is not signed in there
        awaitHealthy("counter-app", counter, counterUrl() + "/dang-nhap", logs.resolve("counter-app.log"), deadline);
    }

    private Process java(Path jar, Path dir, Path log, Map<String, String> env, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        SCRUBBED_ENV.forEach(builder.environment()::remove);
        builder.environment().putAll(env);
        return builder.start();
    }

    private static void awaitHealthy(String name, Process process, String url, Path log, Instant deadline) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue()
                        + " before it was healthy; " + "the end of " + log + ":\n" + tail(log));
            }
            if (failedToStart(log)) {
                // Spring Boot's main thread died, but a non-daemon thread may keep the JVM up: no use waiting
                throw new IllegalStateException(name + " failed to start (was its jar rebuilt while it started?); "
                        + "the end of " + log + ":\n" + tail(log));
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
            sleep(500);
        }
        throw new IllegalStateException(
                name + " was not healthy at " + url + " within " + STARTUP + "; the end of " + log + ":\n" + tail(log));
    }

    @Override
    public void close() {
        // the server's children (redis-server) exit with it, unless it has to be killed: note them first
        Stream.of(server, kiosk, counter)
                .filter(p -> p != null && p.isAlive())
                .forEach(p -> p.descendants().forEach(children::add));
        stop(counter);
        stop(kiosk);
        stop(server);
        Path data = work.resolve("server").resolve("data");
        stopPid(data.resolve("redis").resolve("redis.pid"));
        stopPid(data.resolve("postgres").resolve("postmaster.pid"));
        children.stream().filter(ProcessHandle::isAlive).forEach(MotcuaStack::stop);
        deleteQuietly(work);
    }

    private static void stop(Process process) {
        if (process != null) {
            stop(process.toHandle());
        }
    }

    private static void stop(ProcessHandle process) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            process.onExit().get(STOP.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception stillRunning) {
            process.destroyForcibly();
            try {
                process.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // nothing more we can do
            }
        }
    }

    /** redis.pid holds the pid alone; postmaster.pid has it on its first line. */
    private static void stopPid(Path pidFile) {
        try {
            if (!Files.exists(pidFile)) {
                return;
            }
            String first =
                    Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            if (first.matches("\\d+")) {
                ProcessHandle.of(Long.parseLong(first)).ifPresent(MotcuaStack::stop);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("[e2e] could not stop the process of " + pidFile + ": " + e);
        }
    }

    private static Path jar(String property, String module, String fallback) {
        Path jar = Path.of(System.getProperty(property, "../" + fallback))
                .toAbsolutePath()
                .normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The " + module + " jar is missing at " + jar
                    + ": build it first (./mvnw -B install -DskipTests -pl client,server,kiosk-app,counter-app)");
        }
        return jar;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean failedToStart(Path log) {
        try {
            String text = Files.readString(log);
            return text.contains("APPLICATION FAILED TO START") || text.contains("Exception in thread \"main\"");
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a leftover temp file is harmless
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // same
        }
    }
}
