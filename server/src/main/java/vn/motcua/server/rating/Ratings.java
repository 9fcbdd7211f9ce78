package vn.motcua.server.rating;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.client.api.RatingRequest;
import vn.motcua.client.api.RatingView;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.TicketStatus;
import vn.motcua.client.api.TicketView;
import vn.motcua.server.queue.QueueEngine;
import vn.motcua.server.queue.ServedTickets;
import vn.motcua.server.security.Caller;
import vn.motcua.server.shared.RefusedException;

/** Stores each rating with the ticket, counter, clerk, service area and office it is about. */
@Service
class Ratings {

    private final QueueEngine queue;
    private final ServedTickets served;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Ratings(QueueEngine queue, ServedTickets served, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.queue = queue;
        this.served = served;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** One transaction with what {@link TicketRated}'s listeners write (the dossier's "not satisfied" mark). */
    @Transactional
    RatingView rate(long officeId, Caller caller, RatingRequest request) {
        TicketView ticket = queue.ticket(officeId, request.ticketId());
        if (caller.holds(officeId, Role.RATING_TABLET) && !ticket.counterIdEquals(caller.counterId())) {
            throw new AccessDeniedException("A rating tablet rates only the tickets of its own counter");
        }
        if (ticket.status() != TicketStatus.DONE) {
            throw new RefusedException(HttpStatus.CONFLICT, "NOT_SERVED", "Only a ticket that was served can be rated");
        }
        Long clerk = served.clerkOf(ticket.id()).orElse(null);
        List<String> reasons = request.reasons() == null
                ? List.of()
                : request.reasons().stream().map(String::strip).toList();
        String comment = request.comment() == null || request.comment().isBlank()
                ? null
                : request.comment().strip();
        Instant at = clock.instant();
        try {
            long id = jdbc.sql("""
                            insert into rating (ticket_id, office_id, counter_id, clerk_id, area_id, level, reasons,
                                comment, device_id, created_at)
                            values (?::uuid, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(
                            ticket.id(),
                            officeId,
                            ticket.counterId(),
                            clerk,
                            ticket.areaId(),
                            request.level().name(),
                            reasons.toArray(String[]::new),
                            comment,
                            caller.isDevice() ? caller.id() : null,
                            Timestamp.from(at))
                    .query(Long.class)
                    .single();
            events.publishEvent(new TicketRated(officeId, ticket.id(), request.level()));
            return new RatingView(
                    id,
                    ticket.id(),
                    ticket.code(),
                    officeId,
                    ticket.counterId(),
                    clerk,
                    ticket.areaId(),
                    request.level(),
                    reasons,
                    comment,
                    at);
        } catch (DuplicateKeyException e) {
            throw new RefusedException(HttpStatus.CONFLICT, "ALREADY_RATED", "This ticket has already been rated");
        }
    }
}
