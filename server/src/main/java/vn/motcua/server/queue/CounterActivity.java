package vn.motcua.server.queue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When each counter of an office last did something (a command at the counter, or the end of its pause), as the
 * record holds it: the start of a counter's idleness for the service norms, which may not read the queue's tables.
 */
@Component
public class CounterActivity {

    private final JdbcClient jdbc;

    CounterActivity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counter id → its latest command or resume at or after {@code since}; counters without one are absent. */
    public Map<Long, Instant> lastActivity(long officeId, Instant since) {
        Map<Long, Instant> last = new HashMap<>();
        jdbc.sql("""
                        select e.counter_id, max(e.at) as at from ticket_event e join ticket t on t.id = e.ticket_id
                        where t.office_id = ? and e.counter_id is not null and e.at >= ?
                        group by e.counter_id
                        union all
                        select p.counter_id, max(p.ended_at) from counter_pause p join counter c on c.id = p.counter_id
                        where c.office_id = ? and p.ended_at >= ?
                        group by p.counter_id""")
                .params(officeId, Timestamp.from(since), officeId, Timestamp.from(since))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getTimestamp(2).toInstant()))
                .list()
                .forEach(e -> last.merge(e.getKey(), e.getValue(), (a, b) -> a.isAfter(b) ? a : b));
        return last;
    }
}
