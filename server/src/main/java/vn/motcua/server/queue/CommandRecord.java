package vn.motcua.server.queue;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What one queue command changed, as PostgreSQL records it: the ticket's new state (null for a counter's
 * pause), the event, the Idempotency-Key the client sent, and the epoch the command ran under in Redis.
 */
record CommandRecord(
        long officeId,
        long epoch,
        LocalDate day,
        String type,
        Instant at,
        TicketRow ticket,
        Long counterId,
        Long staffId,
        String detail,
        String key) {}
