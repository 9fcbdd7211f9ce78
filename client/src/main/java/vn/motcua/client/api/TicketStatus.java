package vn.motcua.client.api;

/** Where a ticket is in its life; see docs/architecture.md for the allowed transitions. */
public enum TicketStatus {
    WAITING,
    CALLED,
    SERVING,
    PARKED,
    DONE,
    NO_SHOW,
    CANCELLED;

    public boolean isFinal() {
        return this == DONE || this == CANCELLED;
    }
}
