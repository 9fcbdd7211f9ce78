package vn.motcua.client.api;

import java.time.Duration;

/** The answer to a kiosk that took a ticket: the ticket, how many are ahead, and a fair guess of the wait. */
public record IssuedTicket(TicketView ticket, int peopleAhead, Duration estimatedWait) {}
