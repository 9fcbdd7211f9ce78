package vn.motcua.server.phone;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.client.api.IssuedTicket;
import vn.motcua.client.api.TicketStatus;
import vn.motcua.client.api.TicketView;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.queue.OfficeWatch;
import vn.motcua.server.queue.QueueEngine;
import vn.motcua.server.shared.RedisChannels;

/**
 * Tells a phone ticket's citizen once that the turn is near (decision record 0032). Every queue event of an office
 * (a call, a cancellation, a transfer moves the places) makes every instance read the places of the office's phone
 * tickets still unsettled through the queue's public API; a ticket with no more people ahead than the office's number
 * is settled by a conditional update that only one statement of one instance wins, and only that one publishes
 * {@link PhoneTurnNear}, in its transaction. A ticket called (or cancelled) before its turn came near is settled
 * without a message, so none goes after it was called, nor twice when the places go up and down.
 */
@Configuration
class TurnNearWatch {

    private final PhoneTicketStore store;
    private final PhoneTickets tickets;
    private final QueueEngine queue;
    private final OfficeDirectory offices;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OfficeWatch watch = new OfficeWatch("turn-near", office -> check(office));

    TurnNearWatch(
            PhoneTicketStore store,
            PhoneTickets tickets,
            QueueEngine queue,
            OfficeDirectory offices,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.tickets = tickets;
        this.queue = queue;
        this.offices = offices;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Bean
    RedisMessageListenerContainer phoneTicketQueueEvents(RedisConnectionFactory redis, RedisChannels channels) {
        return watch.container(redis, channels);
    }

    /** Checks the office's unsettled phone tickets now; answers how many turn-near messages this call queued. */
    int check(long officeId) {
        Office office = offices.get(officeId);
        Instant now = clock.instant();
        LocalDate day = office.localDay(now);
        List<PhoneTicketStore.Watched> watched = store.watched(officeId, day);
        if (watched.isEmpty()) {
            return 0;
        }
        int near = tickets.settings(officeId).notifyAhead();
        int sent = 0;
        for (PhoneTicketStore.Watched w : watched) {
            IssuedTicket place = queue.position(officeId, w.ticketId().toString());
            TicketView ticket = place.ticket();
            if (ticket.status() != TicketStatus.WAITING || ticket.calls() > 0) {
                store.settle(w.id(), now, false);
            } else if (place.peopleAhead() <= near) {
                Boolean queued = transactions.execute(tx -> {
                    if (!store.settle(w.id(), now, true)) {
                        return false;
                    }
                    events.publishEvent(new PhoneTurnNear(
                            officeId,
                            office.view().name(),
                            ticket.id(),
                            ticket.code(),
                            place.peopleAhead(),
                            w.phone(),
                            w.language(),
                            tickets.page(officeId, ticket.id(), w.language()),
                            day.plusDays(1).atStartOfDay(office.zone()).toInstant()));
                    return true;
                });
                sent += Boolean.TRUE.equals(queued) ? 1 : 0;
            }
        }
        return sent;
    }
}
