package vn.motcua.client.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A ticket as every screen sees it. {@code counterId} is set once the ticket has been called.
 * {@code queuedAt} is when it last entered the waiting line: its issue time, or the moment a no-show was
 * reactivated at the back; waiting lists sort and count waits by it.
 */
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
        Instant finishedAt,
        Instant queuedAt) {

    /** A ticket that has waited in line since it was issued. */
    public TicketView(
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
        this(
                id,
                officeId,
                areaId,
                code,
                number,
                day,
                priority,
                status,
                counterId,
                targetCounterId,
                calls,
                issuedAt,
                calledAt,
                startedAt,
                finishedAt,
                issuedAt);
    }

    public boolean counterIdEquals(Long other) {
        return counterId != null && counterId.equals(other);
    }
}
