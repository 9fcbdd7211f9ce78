package vn.motcua.counter.shared;

import java.time.Duration;
import java.time.Instant;

import vn.motcua.client.api.TicketView;

/** How long a citizen has waited, counted from the ticket's issue (a transfer keeps the original time). */
public final class Waits {

    private Waits() {
    }

    public static long minutes(TicketView ticket, Instant now) {
        if (ticket.issuedAt() == null || now.isBefore(ticket.issuedAt())) {
            return 0;
        }
        return Duration.between(ticket.issuedAt(), now).toMinutes();
    }
}
