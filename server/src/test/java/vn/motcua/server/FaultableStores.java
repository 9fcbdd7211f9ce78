package vn.motcua.server;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import redis.embedded.RedisServer;

/**
 * A Redis and a PostgreSQL of the fault suite's own, started from binaries on this machine, so that a test
 * can stop, restart and flush them without touching the stores the other tests share. Redis keeps nothing
 * on disk, as the deploy files run it: restarted, it comes back empty.
 */
public final class FaultableStores implements AutoCloseable {

    private final int redisPort = TestStores.freePort();
    private final int postgresPort = TestStores.freePort();
    private final Path postgresData;
    private RedisServer redis;
    private EmbeddedPostgres postgres;
    private RedisClient flusher;

    public FaultableStores() {
        try {
            postgresData = Files.createTempDirectory("motcua-fault-pg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startRedis();
        startPostgres();
    }

    public String redisUrl() {
        return "redis://127.0.0.1:" + redisPort;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/postgres";
    }

    public void startRedis() {
        redis = RedisServer.builder()
                .port(redisPort)
                .bind("127.0.0.1")
                .setting("save \"\"")
                .setting("appendonly no")
                .build();
        redis.start();
    }

    public void stopRedis() {
        if (flusher != null) {
            flusher.shutdown(Duration.ZERO, Duration.ofSeconds(1));
            flusher = null;
        }
        redis.stop();
    }

    public void flushRedis() {
        if (flusher == null) {
            flusher = RedisClient.create(redisUrl());
        }
        try (StatefulRedisConnection<String, String> connection = flusher.connect()) {
            connection.sync().flushall();
        }
    }

    public void startPostgres() {
        try {
            postgres = EmbeddedPostgres.builder()
                    .setPort(postgresPort)
                    .setDataDirectory(postgresData)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void stopPostgres() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stopRedis();
        stopPostgres();
    }
}
