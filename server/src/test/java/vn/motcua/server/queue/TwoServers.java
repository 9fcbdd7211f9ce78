package vn.motcua.server.queue;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.motcua.server.FaultableStores;
import vn.motcua.server.Fixtures;
import vn.motcua.server.MotcuaServer;
import vn.motcua.server.TestStores;

/**
 * Two server instances sharing one Redis and one PostgreSQL, as deploy/ runs them: one in this JVM (its
 * {@link Fixtures} make the offices), the other a JVM of its own, so that it can be killed outright.
 */
final class TwoServers implements AutoCloseable {

    private final ConfigurableApplicationContext inProcess;
    private final Process other;
    private final int otherPort;

    TwoServers(FaultableStores stores) {
        Map<String, String> settings = Map.of(
                "spring.datasource.url", stores.jdbcUrl(),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                "spring.data.redis.url", stores.redisUrl(),
                "motcua.security.token-secret", "fault-suite-secret-0123456789abcdef0123",
                "motcua.queue.watchdog-interval", "1s");
        List<String> arguments = new ArrayList<>(List.of("--server.port=0"));
        settings.forEach((k, v) -> arguments.add("--" + k + "=" + v));
        inProcess =
                new SpringApplicationBuilder(MotcuaServer.class, Fixtures.class).run(arguments.toArray(String[]::new));
        otherPort = TestStores.freePort();
        List<String> command = new ArrayList<>(List.of(
                javaCommand(), "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path")));
        settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-Dserver.port=" + otherPort);
        command.add(MotcuaServer.class.getName());
        try {
            File log = File.createTempFile("motcua-second-server", ".log");
            other = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitHealthy(URI.create(otherUrl() + "/actuator/health"), Duration.ofSeconds(120));
    }

    Fixtures fixtures() {
        return inProcess.getBean(Fixtures.class);
    }

    String inProcessUrl() {
        return "http://localhost:" + inProcess.getEnvironment().getProperty("local.server.port");
    }

    String otherUrl() {
        return "http://localhost:" + otherPort;
    }

    <T> T bean(Class<T> type) {
        return inProcess.getBean(type);
    }

    /** Kills the other instance at once, as a crash or an OOM kill would: requests in flight are cut off. */
    void killOther() {
        other.destroyForcibly();
    }

    boolean otherAlive() {
        return other.isAlive();
    }

    @Override
    public void close() {
        other.destroyForcibly();
        inProcess.close();
    }

    private void awaitHealthy(URI health, Duration patience) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        await("the second server instance to start")
                .atMost(patience)
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsInstanceOf(IOException.class)
                .failFast("the second server instance exited", () -> !other.isAlive())
                .until(() -> http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200);
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
