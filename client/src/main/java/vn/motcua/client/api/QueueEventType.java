package vn.motcua.client.api;

/** What happened. {@link #RESYNC} tells every client to fetch a fresh snapshot (the queues were rebuilt). */
public enum QueueEventType {
    ISSUED,
    CALLED,
    RECALLED,
    STARTED,
    FINISHED,
    NO_SHOW,
    REACTIVATED,
    TRANSFERRED,
    PARKED,
    UNPARKED,
    CANCELLED,
    COUNTER_PAUSED,
    COUNTER_RESUMED,
    RESYNC;

    /** The kinds of event that the hall display board shows and announces. */
    public boolean isAnnouncement() {
        return this == CALLED || this == RECALLED || this == UNPARKED;
    }
}
