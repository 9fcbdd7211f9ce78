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
 * The real thing, as a deployment runs it: the server's and the kiosk-app's executable jars started as
 * processes, each in a fresh working directory of its own. The server, given no DATABASE_URL or REDIS_URL,
 * starts its embedded PostgreSQL and Redis under that directory and seeds the demo offices.
 *
 * <p>{@link #close()} stops both (destroy, then destroyForcibly) and whatever they leave behind: a JVM that
 * had to be killed leaves its embedded redis-server and postgres running, so their pid files are read too.
 */
final class MotcuaStack implements AutoCloseable {

    /** Only for these throw-away processes; at least 32 bytes, as the server requires. */
    static final String TOKEN_SECRET = "e2e-only-token-secret-0123456789abcdefghijklmnopqrstuvwxyz";

    private static final Duration STARTUP = Duration.ofMinutes(4);
    private static final Duration STOP = Duration.ofSeconds(30);
    /** Inherited settings that would point the processes elsewhere than their own embedded stores. */
    private static final List<String> SCRUBBED_ENV = List.of("DATABASE_URL", "DATABASE_USERNAME", "DATABASE_PASSWORD",
            "REDIS_URL", "SPRING_PROFILES_ACTIVE", "SPRING_DATASOURCE_URL", "SPRING_DATA_REDIS_URL",
            "SPRING_DATA_REDIS_HOST", "PORT", "SERVER_PORT", "MOTCUA_SERVER_URL", "KIOSK_DATA_DIR",
            "MOTCUA_PUBLIC_URL", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");

    private final Path work;
    private final Path logs;
    private final int serverPort;
    private final int kioskPort;
    private final List<ProcessHandle> children = new ArrayList<>();
    private Process server;
    private Process kiosk;

    private MotcuaStack(Path work, Path logs, int serverPort, int kioskPort) {
        this.work = work;
        this.logs = logs;
        this.serverPort = serverPort;
        this.kioskPort = kioskPort;
    }

    static MotcuaStack start() {
        Path serverJar = jar("e2e.server.jar", "server", "server/target/server-0.1.0-SNAPSHOT.jar");
        Path kioskJar = jar("e2e.kiosk.jar", "kiosk-app", "kiosk-app/target/kiosk-app-0.1.0-SNAPSHOT.jar");
        MotcuaStack stack;
        try {
            Path logs = Files.createDirectories(Path.of(System.getProperty("e2e.logs", "target/e2e-logs")));
            stack = new MotcuaStack(Files.createTempDirectory("motcua-e2e-"), logs, freePort(), freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            stack.launch(serverJar, kioskJar);
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

    private void launch(Path serverJar, Path kioskJar) {
        try {
            Path serverDir = Files.createDirectories(work.resolve("server"));
            Path kioskDir = Files.createDirectories(work.resolve("kiosk-app"));
            // both at once: the kiosk-app needs the server only once a screen is paired
            server = java(serverJar, serverDir, logs.resolve("server.log"),
                    Map.of("MOTCUA_TOKEN_SECRET", TOKEN_SECRET), "--server.port=" + serverPort);
            kiosk = java(kioskJar, kioskDir, logs.resolve("kiosk-app.log"),
                    Map.of("MOTCUA_SERVER_URL", serverUrl().toString(), "PORT", String.valueOf(kioskPort)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant deadline = Instant.now().plus(STARTUP);
        awaitHealthy("server", server, serverUrl() + "/actuator/health", logs.resolve("server.log"), deadline);
        awaitHealthy("kiosk-app", kiosk, kioskUrl() + "/", logs.resolve("kiosk-app.log"), deadline);
    }

    private Process java(Path jar, Path dir, Path log, Map<String, String> env, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        SCRUBBED_ENV.forEach(builder.environment()::remove);
        builder.environment().putAll(env);
        return builder.start();
    }

    private static void awaitHealthy(String name, Process process, String url, Path log, Instant deadline) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was healthy; "
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
        throw new IllegalStateException(name + " was not healthy at " + url + " within " + STARTUP
                + "; the end of " + log + ":\n" + tail(log));
    }

    @Override
    public void close() {
        // the server's children (redis-server) exit with it, unless it has to be killed: note them first
        Stream.of(server, kiosk).filter(p -> p != null && p.isAlive())
                .forEach(p -> p.descendants().forEach(children::add));
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
            String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            if (first.matches("\\d+")) {
                ProcessHandle.of(Long.parseLong(first)).ifPresent(MotcuaStack::stop);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("[e2e] could not stop the process of " + pidFile + ": " + e);
        }
    }

    private static Path jar(String property, String module, String fallback) {
        Path jar = Path.of(System.getProperty(property, "../" + fallback)).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The " + module + " jar is missing at " + jar
                    + ": build it first (./mvnw -B install -DskipTests -pl client,server,kiosk-app)");
        }
        return jar;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
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
