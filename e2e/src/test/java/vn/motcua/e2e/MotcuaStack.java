package vn.motcua.e2e;

import static vn.motcua.e2e.Processes.awaitHealthy;
import static vn.motcua.e2e.Processes.copyJar;
import static vn.motcua.e2e.Processes.freePort;
import static vn.motcua.e2e.Processes.java;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
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

    static final String SERVER_JAR = "server/target/server-0.1.0-SNAPSHOT.jar";
    /** The jar a production image ships: without the embedded stores. */
    static final String PRODUCTION_JAR = "server/target/production/server-0.1.0-SNAPSHOT-production.jar";

    static final String KIOSK_JAR = "kiosk-app/target/kiosk-app-0.1.0-SNAPSHOT.jar";
    static final String COUNTER_JAR = "counter-app/target/counter-app-0.1.0-SNAPSHOT.jar";

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
        MotcuaStack stack;
        try {
            Path logs = Files.createDirectories(Path.of(System.getProperty("e2e.logs", "target/e2e-logs")));
            stack = new MotcuaStack(Files.createTempDirectory("motcua-e2e-"), logs, freePort(), freePort(), freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            stack.launch();
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

    private void launch() {
        Path serverDir = work.resolve("server");
        Path kioskDir = work.resolve("kiosk-app");
        Path counterDir = work.resolve("counter-app");
        Path serverJar = copyJar("e2e.server.jar", "server", SERVER_JAR, serverDir);
        Path kioskJar = copyJar("e2e.kiosk.jar", "kiosk-app", KIOSK_JAR, kioskDir);
        Path counterJar = copyJar("e2e.counter.jar", "counter-app", COUNTER_JAR, counterDir);
        // all at once: the kiosk-app and the counter-app need the server only once someone uses them
        server = java(
                serverJar,
                serverDir,
                logs.resolve("server.log"),
                // the public address is the server's own here: the kiosk shows it to citizens to follow their feedback
                Map.of(
                        "MOTCUA_TOKEN_SECRET",
                        TOKEN_SECRET,
                        "MOTCUA_EMBEDDED",
                        "true",
                        "MOTCUA_PUBLIC_URL",
                        serverUrl().toString()),
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
        Instant deadline = Instant.now().plus(Processes.STARTUP);
        awaitHealthy("server", server, serverUrl() + "/actuator/health", logs.resolve("server.log"), deadline);
        awaitHealthy("kiosk-app", kiosk, kioskUrl() + "/", logs.resolve("kiosk-app.log"), deadline);
        // its sign-in page: every other address sends whoever is not signed in there
        awaitHealthy("counter-app", counter, counterUrl() + "/dang-nhap", logs.resolve("counter-app.log"), deadline);
    }

    @Override
    public void close() {
        // the server's children (redis-server) exit with it, unless it has to be killed: note them first
        Stream.of(server, kiosk, counter)
                .filter(p -> p != null && p.isAlive())
                .forEach(p -> p.descendants().forEach(children::add));
        Processes.stop(counter);
        Processes.stop(kiosk);
        Processes.stop(server);
        stopEmbeddedStores(work.resolve("server"));
        children.stream().filter(ProcessHandle::isAlive).forEach(Processes::stop);
        Processes.deleteQuietly(work);
    }

    /** What an embedded-mode server started under {@code serverDir}, should it have been killed before them. */
    static void stopEmbeddedStores(Path serverDir) {
        Path data = serverDir.resolve("data");
        Processes.stopPid(data.resolve("redis").resolve("redis.pid"));
        Processes.stopPid(data.resolve("postgres").resolve("postmaster.pid"));
    }
}
