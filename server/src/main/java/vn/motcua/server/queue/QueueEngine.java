package vn.motcua.server.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.motcua.client.api.CallRecord;
import vn.motcua.client.api.CounterState;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.IssuedTicket;
import vn.motcua.client.api.OfficeSnapshot;
import vn.motcua.client.api.PriorityGroup;
import vn.motcua.client.api.ServiceAreaView;
import vn.motcua.client.api.TicketView;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.security.StaffNames;
import vn.motcua.server.shared.BadRequestException;
import vn.motcua.server.shared.NotFoundException;
import vn.motcua.server.shared.RefusedException;
import vn.motcua.client.api.TicketStatus;

/**
 * The queue engine: each command is one atomic step of queue.lua in Redis, then recorded in PostgreSQL
 * within the same request. If the record cannot be written, the office's Redis state is dropped, so the
 * next command rebuilds it from what PostgreSQL holds: the two never disagree for longer than a request.
 */
@Service
public class QueueEngine {

    private final QueueScript script;
    private final QueueRebuilder rebuilder;
    private final TicketLedger ledger;
    private final OfficeDirectory offices;
    private final QueueEvents events;
    private final QueueProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final StaffNames staffNames;

    QueueEngine(QueueScript script, QueueRebuilder rebuilder, TicketLedger ledger, OfficeDirectory offices,
                QueueEvents events, QueueProperties properties, Clock clock, MeterRegistry meters,
                StaffNames staffNames) {
        this.staffNames = staffNames;
        this.events = events;
        this.meters = meters;
        this.script = script;
        this.rebuilder = rebuilder;
        this.ledger = ledger;
        this.offices = offices;
        this.properties = properties;
        this.clock = clock;
    }

    public IssuedTicket issue(long officeId, long areaId, PriorityGroup priority) {
        Office office = offices.get(officeId);
        ServiceAreaView area = office.area(areaId).filter(ServiceAreaView::active)
                .orElseThrow(() -> new BadRequestException("areaId", "No active service area " + areaId + " in this office"));
        Instant now = clock.instant();
        if (!office.isOpen(now)) {
            throw new RefusedException(HttpStatus.CONFLICT, "OFFICE_CLOSED", "The office is closed now",
                    Map.of("opensAt", office.view().opensAt().toString(), "closesAt", office.view().closesAt().toString()));
        }
        for (int attempt = 1; ; attempt++) {
            Map<String, Object> args = new HashMap<>();
            args.put("id", UUID.randomUUID().toString());
            args.put("area", areaId);
            args.put("prefix", area.prefix());
            args.put("limit", area.dailyLimit());
            args.put("priority", priority == null ? null : priority.name());
            try {
                Map<String, Object> result = command(office, "issue", args, null, null, null);
                Map<?, ?> ticket = (Map<?, ?>) ((Map<?, ?>) result.get("event")).get("ticket");
                int ahead = (int) LuaTickets.number(result.get("ahead"));
                double avg = ((Number) result.get("avgServiceSeconds")).doubleValue();
                return new IssuedTicket(LuaTickets.view(ticket, officeId), ahead, estimate(office, areaId, ahead, avg));
            } catch (DuplicateKeyException e) {
                // Redis handed out a number PostgreSQL already has (it had lost data mid-request): the
                // office was dropped from Redis by command(); rebuilt, it continues after the highest number.
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
    }

    public TicketView callNext(long officeId, long counterId, long clerkId) {
        Office office = offices.get(officeId);
        CounterView counter = counter(office, counterId);
        return counterCommand(office, "callNext", Map.of("counter", counterId, "areas", counter.areaIds(),
                "priorityRun", office.view().priorityRun(), "clerk", clerkId), counterId, clerkId, null);
    }

    public TicketView callTicket(long officeId, long counterId, String ticketId, long clerkId) {
        Office office = offices.get(officeId);
        CounterView counter = counter(office, counterId);
        return counterCommand(office, "callTicket", Map.of("counter", counterId, "areas", counter.areaIds(),
                "ticket", ticketId(ticketId).toString(), "clerk", clerkId), counterId, clerkId, null);
    }

    public TicketView recall(long officeId, long counterId, long clerkId) {
        return simpleCounterCommand(officeId, counterId, clerkId, "recall");
    }

    public TicketView start(long officeId, long counterId, long clerkId) {
        return simpleCounterCommand(officeId, counterId, clerkId, "start");
    }

    public TicketView finish(long officeId, long counterId, long clerkId) {
        return simpleCounterCommand(officeId, counterId, clerkId, "finish");
    }

    public TicketView noShow(long officeId, long counterId, long clerkId) {
        return simpleCounterCommand(officeId, counterId, clerkId, "noShow");
    }

    public TicketView park(long officeId, long counterId, long clerkId) {
        return simpleCounterCommand(officeId, counterId, clerkId, "park");
    }

    public TicketView unpark(long officeId, long counterId, String ticketId, long clerkId) {
        Office office = offices.get(officeId);
        counter(office, counterId);
        return counterCommand(office, "unpark", Map.of("counter", counterId, "ticket", ticketId(ticketId).toString(),
                "clerk", clerkId), counterId, clerkId, null);
    }

    /**
     * Sends the counter's current ticket to another service area or to one counter. It keeps its number
     * and its place: it queues there by the time it was first issued, so a transferred citizen does not
     * start again at the back.
     */
    public TicketView transfer(long officeId, long counterId, Long toAreaId, Long toCounterId, long clerkId) {
        Office office = offices.get(officeId);
        counter(office, counterId);
        if ((toAreaId == null) == (toCounterId == null)) {
            throw new BadRequestException("areaId", "Name exactly one of areaId and counterId");
        }
        Map<String, Object> args = new HashMap<>(Map.of("counter", counterId, "clerk", clerkId));
        if (toAreaId != null) {
            office.area(toAreaId).filter(ServiceAreaView::active)
                    .orElseThrow(() -> new BadRequestException("areaId", "No active service area " + toAreaId + " in this office"));
            args.put("toArea", toAreaId);
        } else {
            if (toCounterId == counterId) {
                throw new BadRequestException("counterId", "A ticket cannot be transferred to its own counter");
            }
            counter(office, toCounterId);
            args.put("toCounter", toCounterId);
        }
        return counterCommand(office, "transfer", args, counterId, clerkId, null);
    }

    public TicketView reactivate(long officeId, String ticketId, long clerkId) {
        Office office = offices.get(officeId);
        return ticketOf(office, command(office, "reactivate", Map.of("ticket", ticketId(ticketId).toString()),
                null, clerkId, null));
    }

    public TicketView cancel(long officeId, String ticketId, long staffId, String reason) {
        Office office = offices.get(officeId);
        Map<String, Object> args = new HashMap<>();
        args.put("ticket", ticketId(ticketId).toString());
        args.put("reason", reason);
        return ticketOf(office, command(office, "cancel", args, null, staffId, reason));
    }

    public void pause(long officeId, long counterId, long clerkId, String reason) {
        Office office = offices.get(officeId);
        counter(office, counterId);
        command(office, "pause", Map.of("counter", counterId, "clerk", clerkId, "reason", reason.strip()),
                counterId, clerkId, reason.strip());
    }

    public void resume(long officeId, long counterId, long clerkId) {
        Office office = offices.get(officeId);
        counter(office, counterId);
        command(office, "resume", Map.of("counter", counterId), counterId, clerkId, null);
    }

    public TicketView ticket(long officeId, String ticketId) {
        Office office = offices.get(officeId);
        UUID id = ticketId(ticketId);
        Map<String, Object> result = run(office, "ticket", Map.of("ticket", id.toString()));
        if (result.get("error") == null) {
            return LuaTickets.view(result.get("ticket"), officeId);
        }
        return ledger.find(officeId, id).map(row -> LuaTickets.view(LuaTickets.hash(row), officeId))
                .orElseThrow(() -> new NotFoundException("ticket", ticketId));
    }

    /** Where a waiting ticket stands now: how many are before it in its queue, and the fair guess of the wait. */
    public IssuedTicket position(long officeId, String ticketId) {
        TicketView ticket = ticket(officeId, ticketId);
        Office office = offices.get(officeId);
        List<TicketView> queue = snapshot(officeId).waitingByArea().getOrDefault(ticket.areaId(), List.of());
        int ahead = 0;
        for (TicketView waiting : queue) {
            if (waiting.id().equals(ticket.id())) {
                break;
            }
            ahead++;
        }
        if (ticket.status() != TicketStatus.WAITING) {
            ahead = 0;
        }
        return new IssuedTicket(ticket, ahead, estimate(office, ticket.areaId(), ahead, 0));
    }

    public OfficeSnapshot snapshot(long officeId) {
        Office office = offices.get(officeId);
        Map<String, Object> s = run(office, "snapshot", Map.of("areas", office.areaIds(), "counters", office.counterIds()));
        Map<Long, List<TicketView>> waiting = new HashMap<>();
        if (s.get("waiting") instanceof Map<?, ?> byArea) {
            byArea.forEach((area, list) -> waiting.put(Long.parseLong(area.toString()), LuaTickets.views(list, officeId)));
        }
        List<Map<?, ?>> rawCounters = s.get("counters") instanceof List<?> list
                ? list.stream().<Map<?, ?>>map(c -> (Map<?, ?>) c).toList() : List.of();
        Map<Long, String> clerkNames = staffNames.of(rawCounters.stream().map(c -> LuaTickets.optionalNumber(c.get("clerk")))
                .filter(Objects::nonNull).toList());
        List<CounterState> counters = rawCounters.stream()
                .map(c -> {
                    Long clerk = LuaTickets.optionalNumber(c.get("clerk"));
                    return new CounterState(LuaTickets.number(c.get("id")), clerk,
                            LuaTickets.view(c.get("current"), officeId), LuaTickets.views(c.get("parked"), officeId),
                            LuaTickets.views(c.get("queued"), officeId), LuaTickets.text(c.get("paused")),
                            clerk == null ? null : clerkNames.get(clerk));
                })
                .toList();
        List<CallRecord> calls = s.get("calls") instanceof List<?> list ? list.stream()
                .map(raw -> events.call(raw.toString(), office))
                .toList() : List.of();
        return new OfficeSnapshot(officeId, LuaTickets.number(s.get("seq")), waiting, counters, calls);
    }

    private TicketView simpleCounterCommand(long officeId, long counterId, long clerkId, String command) {
        Office office = offices.get(officeId);
        counter(office, counterId);
        return counterCommand(office, command, Map.of("counter", counterId, "clerk", clerkId), counterId, clerkId, null);
    }

    private TicketView counterCommand(Office office, String command, Map<String, Object> args, long counterId,
                                      long clerkId, String detail) {
        return ticketOf(office, command(office, command, args, counterId, clerkId, detail));
    }

    private TicketView ticketOf(Office office, Map<String, Object> result) {
        return LuaTickets.view(((Map<?, ?>) result.get("event")).get("ticket"), office.id());
    }

    /** Runs a state-changing command and records it; refusals become problem responses. */
    private Map<String, Object> command(Office office, String command, Map<String, Object> args, Long counterId,
                                        Long staffId, String detail) {
        Map<String, Object> result = run(office, command, args);
        Object error = result.get("error");
        meters.counter("motcua.queue.commands", "command", command, "outcome",
                error == null ? "done" : error.toString()).increment();
        if (error != null) {
            throw QueueRefusals.of(error.toString(), result);
        }
        Map<?, ?> event = (Map<?, ?>) result.get("event");
        Instant at = Instant.ofEpochMilli(LuaTickets.number(event.get("at")));
        String type = event.get("type").toString();
        try {
            if (event.get("ticket") instanceof Map<?, ?> ticket && !ticket.isEmpty()) {
                ledger.record(office.id(), ticket, type, at, counterId, staffId, detail);
            } else if ("COUNTER_PAUSED".equals(type)) {
                ledger.pauseStarted(counterId, staffId, detail, at);
            } else if ("COUNTER_RESUMED".equals(type)) {
                ledger.pauseEnded(counterId, at);
            }
        } catch (DataAccessException e) {
            script.forget(office.id());
            throw e;
        }
        return result;
    }

    /** Runs any command, rebuilding the office's queues first when Redis does not hold today's state. */
    private Map<String, Object> run(Office office, String command, Map<String, Object> args) {
        Instant now = clock.instant();
        LocalDate day = office.localDay(now);
        Map<String, Object> full = new HashMap<>(args);
        full.put("now", now.toEpochMilli());
        full.put("day", day.toString());
        for (int attempt = 0; attempt < 3; attempt++) {
            Map<String, Object> result = script.run(office.id(), command, full);
            if (!"NOT_LOADED".equals(result.get("error"))) {
                return result;
            }
            rebuilder.ensureLoaded(office, day);
        }
        throw new RefusedException(HttpStatus.SERVICE_UNAVAILABLE, "QUEUE_UNAVAILABLE",
                "The queues are being rebuilt; try again in a moment");
    }

    private Duration estimate(Office office, long areaId, int ahead, double avgServiceSeconds) {
        double perTicket = avgServiceSeconds > 0 ? avgServiceSeconds : properties.defaultServiceTime().toSeconds();
        long counters = office.view().counters().stream()
                .filter(c -> c.active() && c.areaIds().contains(areaId)).count();
        return Duration.ofSeconds(Math.round(ahead * perTicket / Math.max(1, counters)));
    }

    private static CounterView counter(Office office, long counterId) {
        return office.counter(counterId).filter(CounterView::active)
                .orElseThrow(() -> new NotFoundException("counter", counterId));
    }

    private static UUID ticketId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("ticketId", "'" + id + "' is not a ticket id");
        }
    }
}
