package vn.motcua.server.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * The one-machine demo, started only when asked ({@code MOTCUA_EMBEDDED=true} or {@code --motcua.embedded=true};
 * ./run.sh passes the flag): the server brings its own Redis and PostgreSQL for whichever of them is not
 * configured, keeping their data under ./data so that a restart keeps today's tickets, and seeds the demo offices
 * into the embedded database. Anything configured explicitly is left alone.
 */
final class EmbeddedServices {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServices.class);
    private static final Path DATA = Path.of("data");

    private EmbeddedServices() {}

    /** The settings that point the server at what was started, to put in front of every other source. */
    static Map<String, Object> start(Settings settings, Log startLog) {
        Map<String, Object> started = new LinkedHashMap<>();
        if (!settings.redisConfigured()) {
            started.put("spring.data.redis.url", "redis://127.0.0.1:" + startRedis(startLog));
        }
        if (!settings.databaseConfigured()) {
            started.put("spring.datasource.url", startPostgres(startLog));
            started.put("spring.datasource.username", "postgres");
            started.put("spring.datasource.password", "");
        }
        if (!settings.tokenSecretConfigured()) {
            started.put("motcua.security.token-secret", keptTokenSecret());
        }
        return started;
    }

    /** So that a restart of the one-machine set-up does not sign every clerk and screen out. */
    private static String keptTokenSecret() {
        try {
            Path file = Files.createDirectories(DATA).resolve("token-secret");
            if (!Files.exists(file)) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                Files.writeString(file, HexFormat.of().formatHex(random));
                file.toFile().setReadable(false, false);
                file.toFile().setReadable(true, true);
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the token secret under " + DATA, e);
        }
    }

    private static int startRedis(Log startLog) {
        try {
            Path dir = Files.createDirectories(DATA.resolve("redis")).toAbsolutePath();
            stopLeftover(dir.resolve("redis.pid"), startLog);
            int port = freePort(6390);
            RedisServer redis = RedisServer.builder()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("dir " + dir)
                    .setting("pidfile " + dir.resolve("redis.pid"))
                    .setting("appendonly yes")
                    .setting("save \"\"")
                    .build();
            redis.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(redis)));
            startLog.info("Embedded Redis on 127.0.0.1:" + port + " keeping its data in " + dir);
            return port;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded Redis", e);
        }
    }

    private static String startPostgres(Log startLog) {
        try {
            Path dir = Files.createDirectories(DATA.resolve("postgres")).toAbsolutePath();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPort(freePort(54329))
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    log.warn("Embedded PostgreSQL did not stop cleanly", e);
                }
            }));
            String url = postgres.getJdbcUrl("postgres", "postgres");
            startLog.info("Embedded PostgreSQL at " + url + " keeping its data in " + dir);
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    /** A JVM killed with -9 leaves its redis-server behind, holding the data folder: stop it first. */
    private static void stopLeftover(Path pidFile, Log startLog) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        String pid = Files.readString(pidFile).trim();
        ProcessHandle.of(Long.parseLong(pid))
                .filter(p -> p.info().command().map(c -> c.contains("redis")).orElse(false))
                .ifPresent(p -> {
                    startLog.info("Stopping a redis-server (pid " + pid + ") left behind by an earlier run");
                    p.destroy();
                });
        Files.deleteIfExists(pidFile);
    }

    private static int freePort(int preferred) throws IOException {
        try (ServerSocket socket = new ServerSocket(preferred)) {
            return socket.getLocalPort();
        } catch (IOException taken) {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }

    private static void stopQuietly(RedisServer redis) {
        try {
            redis.stop();
        } catch (RuntimeException e) {
            log.warn("Embedded Redis did not stop cleanly", e);
        }
    }
}
