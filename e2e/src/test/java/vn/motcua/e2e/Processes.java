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
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starting, watching and stopping the processes of an end-to-end stack (the product's jars, nginx): each with its
 * output in a log of its own and an environment scrubbed of settings that would point it elsewhere.
 */
final class Processes {

    static final Duration STARTUP = Duration.ofMinutes(4);
    private static final Duration STOP = Duration.ofSeconds(30);
    /** Inherited settings that would point the processes elsewhere than where their stack says. */
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

    private Processes() {}

    /** One of the product's executable jars, with the settings of {@code env}. */
    static Process java(Path jar, Path dir, Path log, Map<String, String> env, String... args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString()));
        command.addAll(List.of(args));
        return start(command, dir, log, env);
    }

    static Process start(List<String> command, Path dir, Path log, Map<String, String> env) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        SCRUBBED_ENV.forEach(builder.environment()::remove);
        builder.environment().putAll(env);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + command, e);
        }
    }

    /** A copy in the process's own directory: a module rebuilt during the run must not pull a jar from a JVM. */
    static Path copyJar(String property, String module, String fallback, Path dir) {
        Path jar = Path.of(System.getProperty(property, "../" + fallback))
                .toAbsolutePath()
                .normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The " + module + " jar is missing at " + jar
                    + ": build it first (./mvnw -B install -DskipTests -pl client,server,kiosk-app,counter-app)");
        }
        try {
            // replaced when a process that gave up starting is started again
            return Files.copy(
                    jar, Files.createDirectories(dir).resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Until {@code url} answers 200; fails at once, with the end of the log, when the process died or gave up. */
    static void awaitHealthy(String name, Process process, String url, Path log, Instant deadline) {
        // closed once healthy: a probe's kept-alive connection would otherwise stay established to the replica, and
        // the topology test tells which replica serves the browsers by its established connections
        try (HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            awaitHealthy(http, name, process, url, log, deadline);
        }
    }

    private static void awaitHealthy(
            HttpClient http, String name, Process process, String url, Path log, Instant deadline) {
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
                name + " was not healthy at " + url + " by " + deadline + "; the end of " + log + ":\n" + tail(log));
    }

    static void stop(Process process) {
        if (process != null) {
            stop(process.toHandle());
        }
    }

    /** Asks it to stop, then kills it. */
    static void stop(ProcessHandle process) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            process.onExit().get(STOP.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception stillRunning) {
            kill(process);
        }
    }

    /** As a crash or an out-of-memory killer would: no shutdown hook, no graceful end of requests. */
    static void kill(ProcessHandle process) {
        process.destroyForcibly();
        try {
            process.onExit().get(10, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // nothing more we can do
        }
    }

    /** redis.pid holds the pid alone; postmaster.pid and nginx.pid have it on their first line. */
    static void stopPid(Path pidFile) {
        try {
            if (!Files.exists(pidFile)) {
                return;
            }
            String first =
                    Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            if (first.matches("\\d+")) {
                ProcessHandle.of(Long.parseLong(first)).ifPresent(Processes::stop);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("[e2e] could not stop the process of " + pidFile + ": " + e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean failedToStart(Path log) {
        try {
            String text = Files.readString(log);
            return text.contains("APPLICATION FAILED TO START")
                    || text.contains("Application run failed")
                    || text.contains("Exception in thread \"main\"");
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void deleteQuietly(Path dir) {
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
