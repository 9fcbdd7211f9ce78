package vn.motcua.server.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * The "embedded default": with no REDIS_URL and no DATABASE_URL the server brings its own Redis and
 * PostgreSQL, keeping their data under ./data so that a restart keeps today's tickets, and seeds the
 * demo offices. Anything configured explicitly is left alone.
 */
public final class EmbeddedServices {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServices.class);
    private static final Path DATA = Path.of("data");

    private EmbeddedServices() {
    }

    public static void startUnlessConfigured() {
        boolean anyStarted = false;
        if (!configured("REDIS_URL", "spring.data.redis.url", "spring.data.redis.host")) {
            System.setProperty("spring.data.redis.url", "redis://127.0.0.1:" + startRedis());
            anyStarted = true;
        }
        if (!configured("DATABASE_URL", "spring.datasource.url")) {
            System.setProperty("spring.datasource.url", startPostgres());
            System.setProperty("spring.datasource.username", "postgres");
            System.setProperty("spring.datasource.password", "");
            anyStarted = true;
        }
        if (anyStarted && !configured("SPRING_PROFILES_ACTIVE", "spring.profiles.active")) {
            System.setProperty("spring.profiles.active", "demo");
        }
        if (anyStarted && !configured("MOTCUA_TOKEN_SECRET", "motcua.security.token-secret")) {
            System.setProperty("motcua.security.token-secret", keptTokenSecret());
        }
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

    private static boolean configured(String env, String... properties) {
        String value = System.getenv(env);
        if (value != null && !value.isBlank()) {
            return true;
        }
        for (String property : properties) {
            if (System.getProperty(property) != null) {
                return true;
            }
        }
        return false;
    }

    private static int startRedis() {
        try {
            Path dir = Files.createDirectories(DATA.resolve("redis")).toAbsolutePath();
            stopLeftover(dir.resolve("redis.pid"));
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
            log.info("Embedded Redis on 127.0.0.1:{} keeping its data in {}", port, dir);
            return port;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded Redis", e);
        }
    }

    private static String startPostgres() {
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
            log.info("Embedded PostgreSQL at {} keeping its data in {}", url, dir);
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    /** A JVM killed with -9 leaves its redis-server behind, holding the data folder: stop it first. */
    private static void stopLeftover(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        String pid = Files.readString(pidFile).trim();
        ProcessHandle.of(Long.parseLong(pid))
                .filter(p -> p.info().command().map(c -> c.contains("redis")).orElse(false))
                .ifPresent(p -> {
                    log.info("Stopping a redis-server (pid {}) left behind by an earlier run", pid);
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
