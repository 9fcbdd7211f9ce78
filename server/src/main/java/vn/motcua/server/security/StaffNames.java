package vn.motcua.server.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The display names of staff accounts, for screens that show who works where (the clerk on duty at a
 * counter). Read often (every snapshot) and changed rarely, so a name is kept for a minute; the instance
 * where an admin renames someone forgets it once the rename is committed. A read that began before then may have
 * seen the old name: it answers with it but does not keep it.
 */
@Component
public class StaffNames {

    private static final Duration KEEP = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<Long, Known> known = new ConcurrentHashMap<>();
    private final AtomicLong renames = new AtomicLong();
    private final Map<Long, Long> renamedAt = new ConcurrentHashMap<>();

    StaffNames(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The names of those of {@code staffIds} that exist; unknown ids are left out. */
    public Map<Long, String> of(Collection<Long> staffIds) {
        Instant now = clock.instant();
        long readFrom = renames.get();
        Map<Long, String> names = new HashMap<>();
        List<Long> missing = staffIds.stream()
                .distinct()
                .filter(id -> {
                    Known k = known.get(id);
                    if (k == null || k.at.plus(KEEP).isBefore(now)) {
                        return true;
                    }
                    names.put(id, k.name);
                    return false;
                })
                .toList();
        if (!missing.isEmpty()) {
            jdbc.sql("select id, full_name from staff where id = any(?)")
                    .param(missing.toArray(Long[]::new))
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .list()
                    .forEach(e -> {
                        if (renamedAt.getOrDefault(e.getKey(), 0L) <= readFrom) {
                            known.put(e.getKey(), new Known(e.getValue(), now));
                        }
                        names.put(e.getKey(), e.getValue());
                    });
        }
        return names;
    }

    void forget(long staffId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    drop(staffId);
                }
            });
        } else {
            drop(staffId);
        }
    }

    private void drop(long staffId) {
        renamedAt.put(staffId, renames.incrementAndGet());
        known.remove(staffId);
    }

    private record Known(String name, Instant at) {}
}
