package vn.motcua.server.office;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import vn.motcua.server.shared.NotFoundException;

/**
 * Read access to offices for every other feature. Offices change rarely and are read on every queue
 * command, so each server instance keeps them for a few seconds; that bounds how long an admin's
 * change takes to reach every instance without any cross-instance invalidation.
 */
@Service
public class OfficeDirectory {

    private static final Duration KEEP = Duration.ofSeconds(5);

    private final OfficeRepository repository;
    private final Clock clock;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    OfficeDirectory(OfficeRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public Office get(long officeId) {
        Instant now = clock.instant();
        Cached cached = cache.get(officeId);
        // an entry "loaded in the future" (the clock was set back) would otherwise be kept for the whole step back
        if (cached != null
                && !cached.loadedAt.isAfter(now)
                && cached.loadedAt.plus(KEEP).isAfter(now)) {
            return cached.office;
        }
        Office office = repository.find(officeId).orElseThrow(() -> new NotFoundException("office", officeId));
        cache.put(officeId, new Cached(office, now));
        return office;
    }

    public List<Long> allIds() {
        return repository.allIds();
    }

    /** Forget what this instance holds, after a change made here (other instances catch up within seconds). */
    public void forget(long officeId) {
        cache.remove(officeId);
    }

    private record Cached(Office office, Instant loadedAt) {}
}
