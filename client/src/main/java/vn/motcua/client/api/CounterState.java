package vn.motcua.client.api;

import java.util.List;

/** A counter right now: its current ticket, its parked tickets, the tickets transferred to it, and whether it is paused and why. */
public record CounterState(
        long counterId,
        Long clerkId,
        TicketView current,
        List<TicketView> parked,
        List<TicketView> queued,
        String pausedReason) {

    public boolean paused() {
        return pausedReason != null && !pausedReason.isBlank();
    }
}
