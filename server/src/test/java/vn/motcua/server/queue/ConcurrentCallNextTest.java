package vn.motcua.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.TicketView;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;

/** The complaint users of other systems raise most: two clerks getting the same ticket. */
@IntegrationTest
class ConcurrentCallNextTest {

    static final int TICKETS = 300;
    static final int COUNTERS = 10;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void ten_counters_calling_at_once_over_300_waiting_tickets_call_every_ticket_exactly_once() throws Exception {
        var office = fixtures.office();
        List<Long> counters = new ArrayList<>();
        for (int i = 0; i < COUNTERS; i++) {
            counters.add(fixtures.counter(office.id(), 10 + i, office.area(0), office.area(1), office.area(2)));
        }
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        for (int i = 0; i < TICKETS; i++) {
            kiosk.queue().issueTicket(office.id(), office.area(i % 3), null);
        }
        MotcuaClient clerk = fixtures.staff(office.id(), Role.CLERK);
        Set<String> called = ConcurrentHashMap.newKeySet();
        List<String> duplicates = new ArrayList<>();

        try (ExecutorService pool = Executors.newFixedThreadPool(COUNTERS)) {
            List<Future<?>> work = new ArrayList<>();
            for (long counter : counters) {
                work.add(pool.submit(() -> {
                    while (true) {
                        TicketView ticket;
                        try {
                            ticket = clerk.queue().callNext(office.id(), counter);
                        } catch (ApiException e) {
                            assertThat(e.code()).isEqualTo("QUEUE_EMPTY");
                            return null;
                        }
                        if (!called.add(ticket.id())) {
                            synchronized (duplicates) {
                                duplicates.add(ticket.code());
                            }
                        }
                        clerk.queue().start(office.id(), counter);
                        clerk.queue().finish(office.id(), counter);
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        }

        assertThat(duplicates).isEmpty();
        assertThat(called).hasSize(TICKETS);
        assertThat(jdbc.sql("""
                        select count(*) from ticket_event e join ticket t on t.id = e.ticket_id
                        where t.office_id = ? and e.type = 'CALLED'""").param(office.id()).query(Long.class).single()).isEqualTo(TICKETS);
        assertThat(jdbc.sql("select count(*) from ticket where office_id = ? and status = 'DONE'")
                        .param(office.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(TICKETS);
    }
}
