package vn.motcua.client.api;

import java.time.Instant;
import java.util.Map;

/**
 * One change of an office's queue, as pushed over STOMP. {@code seq} grows by one for each event of
 * the office; {@code waiting} holds the new waiting counts of the service areas the change touched.
 * {@code clerkId} and {@code clerkName} name the member of staff behind a counter's command, who is from
 * then on the clerk on duty there; they are null for events no clerk gave at a counter.
 */
public record QueueEvent(
        long officeId,
        long seq,
        QueueEventType type,
        Instant at,
        TicketView ticket,
        Long counterId,
        String counterName,
        String reason,
        Map<Long, Integer> waiting,
        Long clerkId,
        String clerkName) {

    /** An event no clerk gave at a counter. */
    public QueueEvent(
            long officeId,
            long seq,
            QueueEventType type,
            Instant at,
            TicketView ticket,
            Long counterId,
            String counterName,
            String reason,
            Map<Long, Integer> waiting) {
        this(officeId, seq, type, at, ticket, counterId, counterName, reason, waiting, null, null);
    }
}
