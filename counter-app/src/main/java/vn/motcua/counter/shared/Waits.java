package vn.motcua.counter.shared;

import java.time.Duration;
import java.time.Instant;
import vn.motcua.client.api.TicketView;

/**
 * How long a citizen has waited in line: since the ticket last entered it ({@code queuedAt}: its issue, which a
 * transfer keeps, or the reactivation of a no-show at the back).
 */
public final class Waits {

    private Waits() {}

    public static long minutes(TicketView ticket, Instant now) {
        Instant since = since(ticket);
        if (since == null || now.isBefore(since)) {
            return 0;
        }
        return Duration.between(since, now).toMinutes();
    }

    /** When the ticket entered the line; a server older than queuedAt sends only the issue time. */
    public static Instant since(TicketView ticket) {
        return ticket.queuedAt() != null ? ticket.queuedAt() : ticket.issuedAt();
    }
}
