package vn.motcua.client.api;

import java.time.Instant;
import java.time.LocalDate;

/** A ticket as every screen sees it. {@code counterId} is set once the ticket has been called. */
public record TicketView(
        String id,
        long officeId,
        long areaId,
        String code,
        int number,
        LocalDate day,
        PriorityGroup priority,
        TicketStatus status,
        Long counterId,
        Long targetCounterId,
        int calls,
        Instant issuedAt,
        Instant calledAt,
        Instant startedAt,
        Instant finishedAt) {

    public boolean counterIdEquals(Long other) {
        return counterId != null && counterId.equals(other);
    }
}
