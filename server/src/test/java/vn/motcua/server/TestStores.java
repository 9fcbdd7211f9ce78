package vn.motcua.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import redis.embedded.RedisServer;

/**
 * The real Redis and PostgreSQL the integration tests run against, chosen once per JVM: Testcontainers
 * where a Docker engine answers; otherwise the services named by TEST_DATABASE_URL and TEST_REDIS_URL
 * (CI points them at the machine's own services); otherwise embedded ones.
 */
public final class TestStores {

    private static Map<String, String> properties;

    private TestStores() {}

    static synchronized Map<String, String> properties() {
        if (properties == null) {
            properties = choose();
        }
        return properties;
    }

    private static Map<String, String> choose() {
        String db = System.getenv("TEST_DATABASE_URL");
        String redis = System.getenv("TEST_REDIS_URL");
        if (db != null && redis != null) {
            createDatabaseIfMissing(db);
            flush(redis);
            return Map.of(
                    "spring.datasource.url",
                    db,
                    "spring.datasource.username",
                    env("TEST_DATABASE_USERNAME", "postgres"),
                    "spring.datasource.password",
                    env("TEST_DATABASE_PASSWORD", ""),
                    "spring.data.redis.url",
                    redis);
        }
        if (dockerAvailable()) {
            PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:16-alpine");
            postgres.start();
            GenericContainer<?> redisContainer = new GenericContainer<>("redis:7.2-alpine").withExposedPorts(6379);
            redisContainer.start();
            return Map.of(
                    "spring.datasource.url",
                    postgres.getJdbcUrl(),
                    "spring.datasource.username",
                    postgres.getUsername(),
                    "spring.datasource.password",
                    postgres.getPassword(),
                    "spring.data.redis.url",
                    "redis://" + redisContainer.getHost() + ":" + redisContainer.getMappedPort(6379));
        }
        return embedded();
    }

    private static Map<String, String> embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            int port = freePort();
            RedisServer redis = RedisServer.builder()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("save \"\"")
                    .build();
            redis.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                redis.stop();
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is ending either way
                }
            }));
            return Map.of(
                    "spring.datasource.url",
                    postgres.getJdbcUrl("postgres", "postgres"),
                    "spring.datasource.username",
                    "postgres",
                    "spring.datasource.password",
                    "",
                    "spring.data.redis.url",
                    "redis://127.0.0.1:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** CI hands us a fresh database name on the machine's server; make it on first use. */
    private static void createDatabaseIfMissing(String url) {
        String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(
                admin, env("TEST_DATABASE_USERNAME", "postgres"), env("TEST_DATABASE_PASSWORD", ""))) {
            boolean exists = c.createStatement()
                    .executeQuery("select 1 from pg_database where datname = '" + name.replace("'", "") + "'")
                    .next();
            if (!exists) {
                c.createStatement().execute("create database \"" + name.replace("\"", "") + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test database " + name, e);
        }
    }

    /**
     * Live state in Redis is keyed by office id, and a fresh test database numbers its offices from 1
     * again: state left by an earlier run would otherwise pose as this run's.
     */
    private static void flush(String redisUrl) {
        URI uri = URI.create(redisUrl);
        String db = uri.getPath() == null || uri.getPath().length() <= 1
                ? "0"
                : uri.getPath().substring(1);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort())) {
            String commands = "*2\r\n$6\r\nSELECT\r\n$" + db.length() + "\r\n" + db + "\r\n*1\r\n$7\r\nFLUSHDB\r\n";
            socket.getOutputStream().write(commands.getBytes(StandardCharsets.US_ASCII));
            byte[] answer = new byte[10];
            int read = socket.getInputStream().readNBytes(answer, 0, 10);
            if (read < 10 || answer[0] != '+' || answer[5] != '+') {
                throw new IllegalStateException("Redis at " + redisUrl + " refused SELECT/FLUSHDB");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot reach the test Redis at " + redisUrl, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    /** A port nothing listens on now, for a store or server a test starts itself. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
