package vn.motcua.server.norm;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.motcua.client.api.CounterState;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.NormKind;
import vn.motcua.client.api.OfficeSnapshot;
import vn.motcua.client.api.ServiceNorms;
import vn.motcua.client.api.TicketStatus;
import vn.motcua.client.api.TicketView;
import vn.motcua.server.office.Office;

/** Which norms an office's live state breaks at one moment: a pure function of the state, so checks may repeat. */
final class NormRules {

    private NormRules() {}

    /**
     * @param lastActivity each counter's latest command or resume today, where idleness starts at the latest
     */
    static List<Found> breached(
            ServiceNorms norms, Office office, OfficeSnapshot snapshot, Map<Long, Instant> lastActivity, Instant now) {
        Map<Long, ServiceNorms.AreaNorm> areas =
                norms.areas().stream().collect(Collectors.toMap(ServiceNorms.AreaNorm::areaId, Function.identity()));
        List<TicketView> waiting = Stream.concat(
                        snapshot.waitingByArea().values().stream().flatMap(List::stream),
                        snapshot.counters().stream().flatMap(c -> c.queued().stream()))
                .toList();
        List<Found> found = new ArrayList<>();
        for (TicketView ticket : waiting) {
            ServiceNorms.AreaNorm area = areas.get(ticket.areaId());
            if (area != null && area.maxWaitMinutes() != null) {
                over(NormKind.WAITING_TIME, ticket, area.maxWaitMinutes(), ticket.queuedAt(), now)
                        .ifPresent(found::add);
            }
        }
        for (CounterState counter : snapshot.counters()) {
            TicketView current = counter.current();
            if (current != null && current.status() == TicketStatus.SERVING && current.startedAt() != null) {
                ServiceNorms.AreaNorm area = areas.get(current.areaId());
                if (area != null && area.maxServiceMinutes() != null) {
                    over(NormKind.SERVICE_TIME, current, area.maxServiceMinutes(), current.startedAt(), now)
                            .ifPresent(found::add);
                }
            }
        }
        if (norms.maxWaitingTickets() != null && waiting.size() > norms.maxWaitingTickets()) {
            found.add(new Found(
                    NormKind.QUEUE_LENGTH,
                    "office",
                    null,
                    null,
                    null,
                    null,
                    norms.maxWaitingTickets(),
                    waiting.size()));
        }
        if (norms.idleCounterMinutes() != null && office.isOpen(now)) {
            for (CounterState counter : snapshot.counters()) {
                office.counter(counter.counterId())
                        .filter(CounterView::active)
                        .flatMap(view -> idle(view, counter, snapshot, lastActivity, norms.idleCounterMinutes(), now))
                        .ifPresent(found::add);
            }
        }
        return found;
    }

    private static Optional<Found> over(
            NormKind kind, TicketView ticket, int limitMinutes, Instant since, Instant now) {
        Duration lasted = Duration.between(since, now);
        if (lasted.compareTo(Duration.ofMinutes(limitMinutes)) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Found(
                kind,
                "ticket:" + ticket.id(),
                ticket.areaId(),
                ticket.counterId(),
                ticket.id(),
                ticket.code(),
                limitMinutes,
                (int) lasted.toMinutes()));
    }

    /**
     * A counter is idle when a clerk is on duty there, it is not paused and holds no ticket while people wait for it;
     * its idleness runs from its latest activity or from when the longest of them began to wait, whichever is later.
     */
    private static Optional<Found> idle(
            CounterView view,
            CounterState counter,
            OfficeSnapshot snapshot,
            Map<Long, Instant> lastActivity,
            int limitMinutes,
            Instant now) {
        if (counter.clerkId() == null || counter.paused() || counter.current() != null) {
            return Optional.empty();
        }
        Instant firstWaiting = Stream.concat(
                        view.areaIds().stream()
                                .flatMap(area -> snapshot.waitingByArea().getOrDefault(area, List.of()).stream()),
                        counter.queued().stream())
                .map(TicketView::queuedAt)
                .filter(Objects::nonNull)
                .min(Instant::compareTo)
                .orElse(null);
        if (firstWaiting == null) {
            return Optional.empty();
        }
        Instant active = lastActivity.get(counter.counterId());
        Instant since = active != null && active.isAfter(firstWaiting) ? active : firstWaiting;
        Duration lasted = Duration.between(since, now);
        if (lasted.compareTo(Duration.ofMinutes(limitMinutes)) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Found(
                NormKind.IDLE_COUNTER,
                "counter:" + counter.counterId(),
                null,
                counter.counterId(),
                null,
                null,
                limitMinutes,
                (int) lasted.toMinutes()));
    }
}
