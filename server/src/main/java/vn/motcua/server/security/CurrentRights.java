package vn.motcua.server.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rights a signed-in party holds now, read from the record instead of its token. For connections
 * that outlive a request (STOMP sessions): a locked account, a revoked device or a removed role ends them,
 * not only the party's next REST request.
 */
@Component
public class CurrentRights {

    private final JdbcClient jdbc;

    CurrentRights(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The callers as they stand now, by subject; a caller who may no longer act at all (locked, revoked,
     * deleted) is absent. One query for the staff and one for the devices, whatever their number.
     */
    public Map<String, Caller> of(Collection<Caller> callers) {
        Map<String, Caller> current = new HashMap<>();
        Long[] staff = callers.stream().filter(Caller::isStaff).map(Caller::id).distinct().toArray(Long[]::new);
        Long[] devices = callers.stream().filter(Caller::isDevice).map(Caller::id).distinct().toArray(Long[]::new);
        Map<String, Caller> asSigned = new HashMap<>();
        callers.forEach(c -> asSigned.putIfAbsent(c.subject(), c));
        if (staff.length > 0) {
            Map<Long, Set<String>> grants = new HashMap<>();
            jdbc.sql("""
                            select s.id, r.office_id || ':' || r.role from staff s
                            left join staff_office_role r on r.staff_id = s.id
                            where s.active and s.id = any(?)""")
                    .param(staff)
                    .query(rs -> {
                        Set<String> held = grants.computeIfAbsent(rs.getLong(1), k -> new HashSet<>());
                        if (rs.getString(2) != null) {
                            held.add(rs.getString(2));
                        }
                    });
            grants.forEach((id, held) -> {
                Caller signed = asSigned.get("staff:" + id);
                current.put(signed.subject(), new Caller(signed.subject(), signed.name(), held, null));
            });
        }
        if (devices.length > 0) {
            jdbc.sql("select id, office_id || ':' || kind, counter_id from device where revoked_at is null and id = any(?)")
                    .param(devices)
                    .query(rs -> {
                        Caller signed = asSigned.get("device:" + rs.getLong(1));
                        current.put(signed.subject(), new Caller(signed.subject(), signed.name(),
                                Set.of(rs.getString(2)), (Long) rs.getObject(3)));
                    });
        }
        return current;
    }
}
