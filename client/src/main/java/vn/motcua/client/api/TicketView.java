package vn.motcua.client.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A ticket as every screen sees it. {@code counterId} is set once the ticket has been called.
 * {@code queuedAt} is when it last entered the waiting line: its issue time, or the moment a no-show was
 * reactivated at the back; waiting lists sort and count waits by it. {@code appointment} is the booking code of a
 * ticket issued at an appointment's check-in (on time or late), null for a walk-in: the clerk's list marks it.
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
        Instant queuedAt,
        String appointment) {

    /** A ticket taken without an appointment. */
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
            Instant finishedAt,
            Instant queuedAt) {
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
                queuedAt,
                null);
    }

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
                issuedAt,
                null);
    }

    public boolean counterIdEquals(Long other) {
        return counterId != null && counterId.equals(other);
    }
}
