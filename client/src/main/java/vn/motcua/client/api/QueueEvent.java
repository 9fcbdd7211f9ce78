package vn.motcua.client.api;

import java.time.Instant;
import java.util.Map;

/**
 * One change of an office's queue, as pushed over STOMP. {@code seq} grows by one for each event of
 * the office; {@code waiting} holds the new waiting counts of the service areas the change touched.
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
        Map<Long, Integer> waiting) {
}
