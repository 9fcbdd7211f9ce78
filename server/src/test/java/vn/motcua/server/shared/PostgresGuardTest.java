package vn.motcua.server.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.server.FaultableStores;

/**
 * The guard in front of the record's pool, against a PostgreSQL of the test's own that it stops and starts,
 * with requests arriving all the while as they would on a busy server.
 */
class PostgresGuardTest {

    private FaultableStores stores;
    private PostgresGuard guard;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong lastSuccess = new AtomicLong();
    private final AtomicLong slowestFailure = new AtomicLong();
    private final List<Thread> requests = new ArrayList<>();

    @BeforeEach
    void startPostgresAndAPool() {
        stores = new FaultableStores();
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(stores.jdbcUrl());
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(5);
        pool.setMinimumIdle(0);
        pool.setConnectionTimeout(1000);
        pool.setValidationTimeout(500);
        pool.addDataSourceProperty("connectTimeout", "1");
        pool.addDataSourceProperty("socketTimeout", "5");
        guard = new PostgresGuard(pool);
        for (int i = 0; i < 4; i++) {
            requests.add(Thread.ofVirtual().start(this::askRepeatedly));
        }
    }

    @AfterEach
    void stop() throws InterruptedException {
        running.set(false);
        for (Thread request : requests) {
            request.join();
        }
        guard.close();
        stores.close();
    }

    @Test
    void while_postgresql_is_down_connections_are_refused_at_once_and_served_again_soon_after_it_returns() {
        await().atMost(Duration.ofSeconds(10)).until(() -> lastSuccess.get() > 0);

        stores.stopPostgres();
        await().atMost(Duration.ofSeconds(5)).until(guard::unreachable);
        long refusedFrom = System.nanoTime();
        assertThatThrownBy(guard::getConnection)
                .isInstanceOf(SQLTransientConnectionException.class)
                .hasMessageContaining("PostgreSQL did not answer");
        // not after the pool's 1 s wait for a connection
        assertThat(Duration.ofNanos(System.nanoTime() - refusedFrom)).isLessThan(Duration.ofMillis(500));
        // long enough for the pool's own retry delay to have grown to its 5 s ceiling
        await().pollDelay(Duration.ofSeconds(6)).until(() -> true);

        stores.startPostgres();
        long back = System.currentTimeMillis();

        // the bound; without the guard the pool stayed empty for up to 5 s more (0.5–1.3 s in the
        // runs of this test, 4.1–4.4 s in the fault suite), with it 40–190 ms
        await().atMost(Duration.ofSeconds(2)).until(() -> lastSuccess.get() > back);
        assertThat(guard.unreachable()).isFalse();
        assertThat(Duration.ofMillis(slowestFailure.get())).isLessThan(Duration.ofMillis(1_500));
    }

    private void askRepeatedly() {
        while (running.get()) {
            long start = System.currentTimeMillis();
            try (Connection connection = guard.getConnection()) {
                connection.createStatement().execute("select 1");
                lastSuccess.set(System.currentTimeMillis());
            } catch (SQLException e) {
                slowestFailure.accumulateAndGet(System.currentTimeMillis() - start, Math::max);
            }
            // paced like a busy server's requests, not a spinning loop
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }
}
