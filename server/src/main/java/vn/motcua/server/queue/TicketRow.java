package vn.motcua.server.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A ticket as PostgreSQL records it. */
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
        int version) {}
