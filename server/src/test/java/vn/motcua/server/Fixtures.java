package vn.motcua.server;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.Role;

/**
 * Makes a fresh office per test (areas A, B, C; counters serving A+B, B, C) and signed-in clients for it,
 * through the real sign-in endpoint.
 */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "test-password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final String passwordHash;
    private final Environment environment;

    Fixtures(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            PasswordEncoder passwords,
            Environment environment) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.environment = environment;
        this.passwordHash = passwords.encode(PASSWORD);
    }

    public TestOffice office() {
        return office(3);
    }

    /**
     * An office open around the clock, so tests do not depend on the hour they run at. Written in one transaction:
     * the server's background work reads every office every few seconds and keeps what it read for 5 s, so an office
     * committed before its areas and counters could be cached without them ("no service area 49 in this office").
     */
    public TestOffice office(int priorityRun) {
        return transaction.execute(status -> newOffice(priorityRun));
    }

    private TestOffice newOffice(int priorityRun) {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8);
        long office = jdbc.sql("""
                        insert into office (code, name, agency_code, opens_at, closes_at, open_on_saturday,
                            open_on_sunday, priority_run)
                        values (?, ?, '000.00.00.T00', '00:00', '23:59:59.999', true, true, ?) returning id""")
                .params(code, "Văn phòng thử " + code, priorityRun)
                .query(Long.class)
                .single();
        List<Long> areas = new ArrayList<>();
        for (String prefix : List.of("A", "B", "C")) {
            areas.add(jdbc.sql("""
                            insert into service_area (office_id, code, name, prefix) values (?, ?, ?, ?) returning id""")
                    .params(office, "AREA-" + prefix, "Lĩnh vực " + prefix, prefix)
                    .query(Long.class)
                    .single());
        }
        List<Long> counters = List.of(
                counter(office, 1, areas.get(0), areas.get(1)),
                counter(office, 2, areas.get(1)),
                counter(office, 3, areas.get(2)));
        return new TestOffice(office, areas, counters);
    }

    public long counter(long office, int number, Long... areas) {
        long id = jdbc.sql("insert into counter (office_id, number, name) values (?, ?, ?) returning id")
                .params(office, number, "Quầy " + number)
                .query(Long.class)
                .single();
        for (Long area : areas) {
            jdbc.sql("insert into counter_area (counter_id, area_id) values (?, ?)")
                    .params(id, area)
                    .update();
        }
        return id;
    }

    /** A new member of staff holding {@code role} in the office, signed in through the API. */
    public MotcuaClient staff(long office, Role role) {
        String username = "u" + SEQUENCE.incrementAndGet() + "-"
                + UUID.randomUUID().toString().substring(0, 6);
        long id = jdbc.sql("insert into staff (username, full_name, password_hash) values (?, ?, ?) returning id")
                .params(username, "Cán bộ " + username, passwordHash)
                .query(Long.class)
                .single();
        jdbc.sql("insert into staff_office_role (staff_id, office_id, role) values (?, ?, ?)")
                .params(id, office, role.name())
                .update();
        MotcuaClient client = client();
        client.signInStaff(username, PASSWORD);
        return client;
    }

    /** A new device of the office (a rating tablet needs its counter), signed in through the API. */
    public MotcuaClient device(long office, Role kind, Long counter) {
        String code = kind.name() + "-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("insert into device (code, kind, office_id, counter_id, secret_hash) values (?, ?, ?, ?, ?)")
                .params(code, kind.name(), office, counter, passwordHash)
                .update();
        MotcuaClient client = client();
        client.signInDevice(code, PASSWORD);
        return client;
    }

    public MotcuaClient client() {
        return new MotcuaClient(baseUrl());
    }

    public URI baseUrl() {
        // the port is known only once the server has started, after this bean was made
        return URI.create("http://localhost:" + environment.getProperty("local.server.port"));
    }

    public record TestOffice(long id, List<Long> areas, List<Long> counters) {

        public long area(int index) {
            return areas.get(index);
        }

        public long counter(int index) {
            return counters.get(index);
        }
    }
}
