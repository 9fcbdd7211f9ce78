package vn.motcua.server.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.motcua.client.api.PriorityGroup;
import vn.motcua.client.api.TicketStatus;
import vn.motcua.client.api.TicketView;

/**
 * A ticket as PostgreSQL records it and as queue.lua keeps it in Redis (the same fields, version included);
 * {@code appointment} is the booking code of a ticket issued at an appointment's check-in.
 */
record TicketRow(
        UUID id,
        long officeId,
        LocalDate day,
        long issueAreaId,
        long areaId,
        int number,
        String code,
        String priority,
        String status,
        Long counterId,
        Long targetCounterId,
        Long clerkId,
        int calls,
        Instant issuedAt,
        Instant queuedAt,
        Instant calledAt,
        Instant firstCalledAt,
        Instant startedAt,
        Instant finishedAt,
        int version,
        String appointment) {

    TicketView view() {
        return new TicketView(
                id.toString(),
                officeId,
                areaId,
                code,
                number,
                day,
                priority == null ? null : PriorityGroup.valueOf(priority),
                TicketStatus.valueOf(status),
                counterId,
                targetCounterId,
                calls,
                issuedAt,
                calledAt,
                startedAt,
                finishedAt,
                queuedAt,
                appointment);
    }
}
