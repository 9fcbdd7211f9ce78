package vn.motcua.counter.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.client.api.CounterState;
import vn.motcua.client.api.OfficeSnapshot;
import vn.motcua.client.api.QueueEvent;
import vn.motcua.client.api.QueueEventType;
import vn.motcua.client.api.TicketView;

/**
 * One screen's copy of an office's live state: a snapshot with the events applied on top. An event is
 * applied by the ticket's new status rather than by its type, so that applying the same ticket twice (the
 * command's own answer, then its event) leaves the same state. Not thread-safe: used under the UI's lock.
 */
public final class OfficeState {

    /** Priority first, then by the time each entered the line: roughly the order in which the engine calls them. */
    public static final Comparator<TicketView> QUEUE_ORDER = Comparator.comparing(
                    (TicketView t) -> t.priority() == null)
            .thenComparing(Waits::since, Comparator.nullsLast(Comparator.naturalOrder()));

    private final Map<Long, List<TicketView>> waiting = new LinkedHashMap<>();
    private final Map<Long, CounterState> counters = new LinkedHashMap<>();

    public OfficeState(OfficeSnapshot snapshot) {
        snapshot.waitingByArea().forEach((area, tickets) -> waiting.put(area, sorted(tickets)));
        snapshot.counters().forEach(c -> counters.put(c.counterId(), c));
    }

    /**
     * Applies one event. Answers false when the waiting counts the event carries disagree with the result,
     * which means this copy went wrong somewhere and the caller should fetch a fresh snapshot.
     */
    public boolean apply(QueueEvent event) {
        if (event.type() == QueueEventType.COUNTER_PAUSED) {
            update(event.counterId(), c -> with(c, c.current(), c.parked(), c.queued(), event.reason()));
        } else if (event.type() == QueueEventType.COUNTER_RESUMED) {
            update(event.counterId(), c -> with(c, c.current(), c.parked(), c.queued(), null));
        } else if (event.ticket() != null) {
            place(event.ticket(), event.counterId());
        }
        if (event.counterId() != null && event.clerkId() != null) {
            update(
                    event.counterId(),
                    c -> new CounterState(
                            c.counterId(),
                            event.clerkId(),
                            c.current(),
                            c.parked(),
                            c.queued(),
                            c.pausedReason(),
                            event.clerkName()));
        }
        if (event.waiting() == null) {
            return true;
        }
        return event.waiting().entrySet().stream().allMatch(e -> waitingCount(e.getKey()) == e.getValue());
    }

    /** Puts a ticket where its status says it is, after taking it out of wherever it was. */
    public void place(TicketView ticket, Long eventCounter) {
        remove(ticket.id());
        Long counter = ticket.counterId() != null ? ticket.counterId() : eventCounter;
        switch (ticket.status()) {
            case WAITING -> {
                if (ticket.targetCounterId() != null) {
                    update(
                            ticket.targetCounterId(),
                            c -> with(c, c.current(), c.parked(), plus(c.queued(), ticket), c.pausedReason()));
                } else {
                    waiting.put(ticket.areaId(), plus(waiting.getOrDefault(ticket.areaId(), List.of()), ticket));
                }
            }
            case CALLED, SERVING -> update(counter, c -> with(c, ticket, c.parked(), c.queued(), c.pausedReason()));
            case PARKED ->
                update(counter, c -> with(c, c.current(), plus(c.parked(), ticket), c.queued(), c.pausedReason()));
            default -> {}
        }
    }

    /** Sets a counter's pause reason (null to resume), as the command's answer says before its event arrives. */
    public void pause(long counterId, String reason) {
        update(counterId, c -> with(c, c.current(), c.parked(), c.queued(), reason));
    }

    public List<TicketView> waiting(long areaId) {
        return waiting.getOrDefault(areaId, List.of());
    }

    public int waitingCount(long areaId) {
        return waiting(areaId).size();
    }

    public List<TicketView> allWaiting() {
        List<TicketView> all = new ArrayList<>();
        waiting.values().forEach(all::addAll);
        counters.values().forEach(c -> all.addAll(c.queued()));
        return all;
    }

    public CounterState counter(long counterId) {
        return counters.getOrDefault(counterId, new CounterState(counterId, null, null, List.of(), List.of(), null));
    }

    public List<CounterState> counters() {
        return List.copyOf(counters.values());
    }

    private void remove(String ticketId) {
        waiting.replaceAll((area, list) -> without(list, ticketId));
        counters.replaceAll((id, c) -> with(
                c,
                c.current() != null && c.current().id().equals(ticketId) ? null : c.current(),
                without(c.parked(), ticketId),
                without(c.queued(), ticketId),
                c.pausedReason()));
    }

    private void update(Long counterId, java.util.function.UnaryOperator<CounterState> change) {
        if (counterId != null) {
            counters.put(counterId, change.apply(counter(counterId)));
        }
    }

    private static CounterState with(
            CounterState c, TicketView current, List<TicketView> parked, List<TicketView> queued, String pausedReason) {
        return new CounterState(c.counterId(), c.clerkId(), current, parked, queued, pausedReason, c.clerkName());
    }

    private static List<TicketView> plus(List<TicketView> list, TicketView ticket) {
        List<TicketView> more = new ArrayList<>(list);
        more.add(ticket);
        return sorted(more);
    }

    private static List<TicketView> without(List<TicketView> list, String ticketId) {
        return list.stream().filter(t -> !t.id().equals(ticketId)).toList();
    }

    private static List<TicketView> sorted(List<TicketView> tickets) {
        return tickets.stream().sorted(QUEUE_ORDER).toList();
    }
}
