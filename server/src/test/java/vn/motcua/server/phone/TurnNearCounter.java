package vn.motcua.server.phone;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.event.EventListener;

/** Counts the turn-near events every server instance in this JVM publishes, per ticket. */
class TurnNearCounter {

    static final Map<String, AtomicInteger> PUBLISHED = new ConcurrentHashMap<>();

    @EventListener
    void on(PhoneTurnNear near) {
        PUBLISHED.computeIfAbsent(near.ticketId(), id -> new AtomicInteger()).incrementAndGet();
    }

    static int published(String ticketId) {
        AtomicInteger count = PUBLISHED.get(ticketId);
        return count == null ? 0 : count.get();
    }
}
