package vn.motcua.server.shared;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The record's pool, guarded so that the server answers fast while PostgreSQL is unreachable and serves again
 * within a probe interval of its return (decision record 0008, docs/reliability.md).
 *
 * <p>HikariCP refills its pool from one creator thread that, after failed attempts, sleeps 10 ms doubling up
 * to 5 s between tries, and keeps trying while requests wait for a connection; the delay is not configurable.
 * Left alone, the pool stayed empty for up to 5 s after PostgreSQL had returned. So once a connection cannot
 * be had because PostgreSQL did not answer, this guard refuses connections at once (each request answers 503
 * in milliseconds, and with nobody waiting and no minimum idle the creator stops), while a probe outside the
 * pool asks PostgreSQL every {@link #PROBE_INTERVAL}. When it answers, the pool is used again and its creator
 * starts afresh, without backoff. A generic circuit breaker would send its trial calls through the pool and
 * so restart the very backoff this avoids.
 */
final class PostgresGuard extends DelegatingDataSource implements AutoCloseable {

    static final Duration PROBE_INTERVAL = Duration.ofMillis(200);

    private static final Logger log = LoggerFactory.getLogger(PostgresGuard.class);

    private final HikariDataSource pool;
    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("postgres-probe").factory());
    private ScheduledFuture<?> probing;
    private volatile boolean unreachable;

    PostgresGuard(HikariDataSource pool) {
        super(pool);
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        refuseWhileUnreachable();
        try {
            return super.getConnection();
        } catch (SQLException e) {
            tripOn(e);
            throw e;
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        refuseWhileUnreachable();
        try {
            return super.getConnection(username, password);
        } catch (SQLException e) {
            tripOn(e);
            throw e;
        }
    }

    boolean unreachable() {
        return unreachable;
    }

    @Override
    public void close() {
        prober.shutdownNow();
        pool.close();
    }

    private void refuseWhileUnreachable() throws SQLTransientConnectionException {
        if (unreachable) {
            throw new SQLTransientConnectionException("PostgreSQL did not answer; waiting for it to return", "08001");
        }
    }

    /**
     * SQL state class 08 is a connection failure; a pool that is merely busy times out without one, and is not
     * an outage.
     */
    private synchronized void tripOn(SQLException e) {
        if (unreachable || e.getSQLState() == null || !e.getSQLState().startsWith("08")) {
            return;
        }
        log.warn("PostgreSQL did not answer ({}); refusing requests until it does", e.getMessage());
        unreachable = true;
        probing = prober.scheduleWithFixedDelay(
                this::probe, PROBE_INTERVAL.toMillis(), PROBE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void probe() {
        Properties properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("connectTimeout", "1");
        properties.setProperty("socketTimeout", "1");
        try (Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), properties)) {
            if (connection.isValid(1)) {
                recovered();
            }
        } catch (SQLException stillDown) {
            // the next probe asks again
        }
    }

    private synchronized void recovered() {
        log.info("PostgreSQL answers again; serving requests");
        unreachable = false;
        probing.cancel(false);
    }
}
