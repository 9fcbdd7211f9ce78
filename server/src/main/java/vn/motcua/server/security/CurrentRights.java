package vn.motcua.server.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rights a signed-in party holds now, read from the record instead of its token. For connections
 * that outlive a request (STOMP sessions): a locked account, a revoked device, a removed role or a reset
 * password ends them, not only the party's next REST request.
 */
@Component
public class CurrentRights {

    private final JdbcClient jdbc;

    CurrentRights(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A party's rights now, and when an admin last reset its password (null for none or a device): a token
     * issued before that no longer speaks for it.
     */
    public record Current(Caller caller, Instant passwordResetAt) {

        /** Whether a token issued at {@code issuedAt} (whole seconds) still speaks for the party. */
        public boolean accepts(Instant issuedAt) {
            return passwordResetAt == null || !issuedAt.isBefore(passwordResetAt.truncatedTo(ChronoUnit.SECONDS));
        }
    }

    /**
     * The callers as they stand now, by subject; a caller who may no longer act at all (locked, revoked,
     * deleted) is absent. One query for the staff and one for the devices, whatever their number.
     */
    public Map<String, Current> of(Collection<Caller> callers) {
        Map<String, Current> current = new HashMap<>();
        Long[] staff = callers.stream()
                .filter(Caller::isStaff)
                .map(Caller::id)
                .distinct()
                .toArray(Long[]::new);
        Long[] devices = callers.stream()
                .filter(Caller::isDevice)
                .map(Caller::id)
                .distinct()
                .toArray(Long[]::new);
        Map<String, Caller> asSigned = new HashMap<>();
        callers.forEach(c -> asSigned.putIfAbsent(c.subject(), c));
        if (staff.length > 0) {
            Map<Long, Set<String>> grants = new HashMap<>();
            Map<Long, Instant> resets = new HashMap<>();
            jdbc.sql("""
                            select s.id, r.office_id || ':' || r.role, s.password_reset_at from staff s
                            left join staff_office_role r on r.staff_id = s.id
                            where s.active and s.id = any(?)""").param(staff).query(rs -> {
                Set<String> held = grants.computeIfAbsent(rs.getLong(1), k -> new HashSet<>());
                if (rs.getString(2) != null) {
                    held.add(rs.getString(2));
                }
                Timestamp reset = rs.getTimestamp(3);
                if (reset != null) {
                    resets.put(rs.getLong(1), reset.toInstant());
                }
            });
            grants.forEach((id, held) -> {
                Caller signed = asSigned.get("staff:" + id);
                current.put(
                        signed.subject(),
                        new Current(new Caller(signed.subject(), signed.name(), held, null), resets.get(id)));
            });
        }
        if (devices.length > 0) {
            jdbc.sql(
                            "select id, office_id || ':' || kind, counter_id from device where revoked_at is null and id = any(?)")
                    .param(devices)
                    .query(rs -> {
                        Caller signed = asSigned.get("device:" + rs.getLong(1));
                        current.put(
                                signed.subject(),
                                new Current(
                                        new Caller(signed.subject(), signed.name(), Set.of(rs.getString(2)), (Long)
                                                rs.getObject(3)),
                                        null));
                    });
        }
        return current;
    }
}
