package vn.motcua.server.queue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the record says of served tickets, for the modules that report on them (ratings, a clerk's day): they read
 * the queue's tables only through here, so the queue can change its tables without breaking them.
 */
@Component
public class ServedTickets {

    /** A clerk's served tickets of one day: how many, and their average service and waiting times in minutes. */
    public record ClerkDay(long served, double serviceMinutes, double waitMinutes) {}

    private final JdbcClient jdbc;

    ServedTickets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The clerk who last held the ticket, if any did. */
    public Optional<Long> clerkOf(String ticketId) {
        return jdbc.sql("select clerk_id from ticket where id = ?::uuid")
                .param(ticketId)
                .query((rs, n) -> (Long) rs.getObject(1))
                .optional();
    }

    public ClerkDay clerkDay(long officeId, LocalDate day, long clerkId) {
        return jdbc.sql("""
                        select count(*),
                               coalesce(avg(extract(epoch from finished_at - started_at)) / 60, 0),
                               coalesce(avg(extract(epoch from called_at - issued_at)) / 60, 0)
                        from ticket where office_id = ? and day = ? and clerk_id = ? and status = 'DONE'""")
                .params(officeId, day, clerkId)
                .query((rs, n) -> new ClerkDay(rs.getLong(1), rs.getDouble(2), rs.getDouble(3)))
                .single();
    }

    /** Ticket id → its number as printed (A012); ids the record does not hold are absent. */
    public Map<String, String> codes(Collection<String> ticketIds) {
        Map<String, String> codes = new HashMap<>();
        if (ticketIds.isEmpty()) {
            return codes;
        }
        jdbc.sql("select id::text, code from ticket where id = any(?::uuid[])")
                .param(ticketIds.toArray(String[]::new))
                .query(rs -> {
                    codes.put(rs.getString(1), rs.getString(2));
                });
        return codes;
    }
}
