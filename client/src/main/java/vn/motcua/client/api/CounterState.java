package vn.motcua.client.api;

import java.util.List;

/**
 * A counter right now: its current ticket, its parked tickets, the tickets transferred to it, whether it is
 * paused and why, and the clerk on duty there (the member of staff behind its latest command today).
 */
public record CounterState(
        long counterId,
        Long clerkId,
        TicketView current,
        List<TicketView> parked,
        List<TicketView> queued,
        String pausedReason,
        String clerkName) {

    /** A counter whose clerk's name is not known here. */
    public CounterState(
            long counterId,
            Long clerkId,
            TicketView current,
            List<TicketView> parked,
            List<TicketView> queued,
            String pausedReason) {
        this(counterId, clerkId, current, parked, queued, pausedReason, null);
    }

    public boolean paused() {
        return pausedReason != null && !pausedReason.isBlank();
    }
}
