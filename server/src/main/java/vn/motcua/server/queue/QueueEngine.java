package vn.motcua.server.queue;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

/**
 * The queue engine: each command is one atomic step of queue.lua in Redis, then recorded in PostgreSQL
 * within the same request. If the record cannot be written, the office's Redis state is dropped, so the
 * next command rebuilds it from what PostgreSQL holds: the two never disagree for longer than a request.
 */
@Service
public class QueueEngine {

    private static final Logger log = LoggerFactory.getLogger(QueueEngine.class);
    /** How long a request waits for another instance's rebuild before answering 503. */
    private static final Duration REBUILD_PATIENCE = Duration.ofSeconds(1);

    private final QueueScript script;
    private final QueueRebuilder rebuilder;
    private final TicketLedger ledger;
    private final OfficeDirectory offices;
    private final QueueEvents events;
    private final QueueProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final StaffNames staffNames;

    QueueEngine(
            QueueScript script,
            QueueRebuilder rebuilder,
            TicketLedger ledger,
            OfficeDirectory offices,
            QueueEvents events,
            QueueProperties properties,
            Clock clock,
            MeterRegistry meters,
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

    public IssuedTicket issue(long officeId, long areaId, PriorityGroup priority, String key) {
        Office office = offices.get(officeId);
        ServiceAreaView area = office.area(areaId)
                .filter(ServiceAreaView::active)
                .orElseThrow(() ->
                        new BadRequestException("areaId", "No active service area " + areaId + " in this office"));
        Instant now = clock.instant();
        if (!office.isOpen(now)) {
            throw new RefusedException(
                    HttpStatus.CONFLICT,
                    "OFFICE_CLOSED",
                    "The office is closed now",
                    Map.of(
                            "opensAt",
                            office.view().opensAt().toString(),
                            "closesAt",
                            office.view().closesAt().toString()));
        }
        Map<String, Object> args = new HashMap<>();
        args.put("id", UUID.randomUUID().toString());
        args.put("area", areaId);
        args.put("prefix", area.prefix());
        args.put("limit", area.dailyLimit());
        args.put("priority", priority == null ? null : priority.name());
        Map<String, Object> result = command(office, "issue", args, null, null, null, key);
        if (result.get("replay") != null) {
            return position(officeId, result.get("replay").toString());
        }
        Map<?, ?> ticket = (Map<?, ?>) ((Map<?, ?>) result.get("event")).get("ticket");
        int ahead = (int) LuaTickets.number(result.get("ahead"));
        double avg = ((Number) result.get("avgServiceSeconds")).doubleValue();
        return new IssuedTicket(LuaTickets.view(ticket, officeId), ahead, estimate(office, areaId, ahead, avg));
    }

    public TicketView callNext(long officeId, long counterId, long clerkId, String key) {
        Office office = offices.get(officeId);
        CounterView counter = counter(office, counterId);
        return counterCommand(
                office,
                "callNext",
                Map.of(
                        "counter",
                        counterId,
                        "areas",
                        counter.areaIds(),
                        "priorityRun",
                        office.view().priorityRun(),
                        "clerk",
                        clerkId),
                counterId,
                clerkId,
                null,
                key);
    }

    public TicketView callTicket(long officeId, long counterId, String ticketId, long clerkId, String key) {
        Office office = offices.get(officeId);
        CounterView counter = counter(office, counterId);
        return counterCommand(
                office,
                "callTicket",
                Map.of(
                        "counter",
                        counterId,
                        "areas",
                        counter.areaIds(),
                        "ticket",
                        ticketId(ticketId).toString(),
                        "clerk",
                        clerkId),
                counterId,
                clerkId,
                null,
                key);
    }

    public TicketView recall(long officeId, long counterId, long clerkId, String key) {
        return simpleCounterCommand(officeId, counterId, clerkId, "recall", key);
    }

    public TicketView start(long officeId, long counterId, long clerkId, String key) {
        return simpleCounterCommand(officeId, counterId, clerkId, "start", key);
    }

    public TicketView finish(long officeId, long counterId, long clerkId, String key) {
        return simpleCounterCommand(officeId, counterId, clerkId, "finish", key);
    }

    public TicketView noShow(long officeId, long counterId, long clerkId, String key) {
        return simpleCounterCommand(officeId, counterId, clerkId, "noShow", key);
    }

    public TicketView park(long officeId, long counterId, long clerkId, String key) {
        return simpleCounterCommand(officeId, counterId, clerkId, "park", key);
    }

    public TicketView unpark(long officeId, long counterId, String ticketId, long clerkId, String key) {
        Office office = offices.get(officeId);
        counter(office, counterId);
        return counterCommand(
                office,
                "unpark",
                Map.of("counter", counterId, "ticket", ticketId(ticketId).toString(), "clerk", clerkId),
                counterId,
                clerkId,
                null,
                key);
    }

    /**
     * Sends the counter's current ticket to another service area or to one counter. It keeps its number
     * and its place: it queues there by the time it was first issued, so a transferred citizen does not
     * start again at the back.
     */
    public TicketView transfer(
            long officeId, long counterId, Long toAreaId, Long toCounterId, long clerkId, String key) {
        Office office = offices.get(officeId);
        counter(office, counterId);
        if ((toAreaId == null) == (toCounterId == null)) {
            throw new BadRequestException("areaId", "Name exactly one of areaId and counterId");
        }
        Map<String, Object> args = new HashMap<>(Map.of("counter", counterId, "clerk", clerkId));
        if (toAreaId != null) {
            office.area(toAreaId)
                    .filter(ServiceAreaView::active)
                    .orElseThrow(() -> new BadRequestException(
                            "areaId", "No active service area " + toAreaId + " in this office"));
            args.put("toArea", toAreaId);
        } else {
            if (toCounterId == counterId) {
                throw new BadRequestException("counterId", "A ticket cannot be transferred to its own counter");
            }
            counter(office, toCounterId);
            args.put("toCounter", toCounterId);
        }
        return counterCommand(office, "transfer", args, counterId, clerkId, null, key);
    }

    public TicketView reactivate(long officeId, String ticketId, long clerkId, String key) {
        Office office = offices.get(officeId);
        return ticketOf(
                office,
                command(
                        office,
                        "reactivate",
                        Map.of("ticket", ticketId(ticketId).toString()),
                        null,
                        clerkId,
                        null,
                        key));
    }

    public TicketView cancel(long officeId, String ticketId, long staffId, String reason, String key) {
        Office office = offices.get(officeId);
        Map<String, Object> args = new HashMap<>();
        args.put("ticket", ticketId(ticketId).toString());
        args.put("reason", reason);
        return ticketOf(office, command(office, "cancel", args, null, staffId, reason, key));
    }

    public void pause(long officeId, long counterId, long clerkId, String reason, String key) {
        Office office = offices.get(officeId);
        counter(office, counterId);
        command(
                office,
                "pause",
                Map.of("counter", counterId, "clerk", clerkId, "reason", reason.strip()),
                counterId,
                clerkId,
                reason.strip(),
                key);
    }

    public void resume(long officeId, long counterId, long clerkId, String key) {
        Office office = offices.get(officeId);
        counter(office, counterId);
        command(office, "resume", Map.of("counter", counterId), counterId, clerkId, null, key);
    }

    public TicketView ticket(long officeId, String ticketId) {
        Office office = offices.get(officeId);
        UUID id = ticketId(ticketId);
        Map<String, Object> result = run(office, "ticket", Map.of("ticket", id.toString()));
        if (result.get("error") == null) {
            return LuaTickets.view(result.get("ticket"), officeId);
        }
        return ledger.find(officeId, id)
                .map(row -> LuaTickets.view(LuaTickets.hash(row), officeId))
                .orElseThrow(() -> new NotFoundException("ticket", ticketId));
    }

    /**
     * Where a ticket stands now: the people before it and the fair guess of the wait, counted by the script
     * (by rank in the queue it waits in), the same way as when it was issued.
     */
    public IssuedTicket position(long officeId, String ticketId) {
        Office office = offices.get(officeId);
        Map<String, Object> result =
                run(office, "position", Map.of("ticket", ticketId(ticketId).toString()));
        if (result.get("error") != null) {
            return new IssuedTicket(ticket(officeId, ticketId), 0, Duration.ZERO);
        }
        TicketView ticket = LuaTickets.view(result.get("ticket"), officeId);
        int ahead = (int) LuaTickets.number(result.get("ahead"));
        double avg = ((Number) result.get("avgServiceSeconds")).doubleValue();
        return new IssuedTicket(ticket, ahead, estimate(office, ticket.areaId(), ahead, avg));
    }

    public OfficeSnapshot snapshot(long officeId) {
        Office office = offices.get(officeId);
        Map<String, Object> s =
                run(office, "snapshot", Map.of("areas", office.areaIds(), "counters", office.counterIds()));
        Map<Long, List<TicketView>> waiting = new HashMap<>();
        if (s.get("waiting") instanceof Map<?, ?> byArea) {
            byArea.forEach(
                    (area, list) -> waiting.put(Long.parseLong(area.toString()), LuaTickets.views(list, officeId)));
        }
        List<Map<?, ?>> rawCounters = s.get("counters") instanceof List<?> list
                ? list.stream().<Map<?, ?>>map(c -> (Map<?, ?>) c).toList()
                : List.of();
        Map<Long, String> clerkNames = staffNames.of(rawCounters.stream()
                .map(c -> LuaTickets.optionalNumber(c.get("clerk")))
                .filter(Objects::nonNull)
                .toList());
        List<CounterState> counters = rawCounters.stream()
                .map(c -> {
                    Long clerk = LuaTickets.optionalNumber(c.get("clerk"));
                    return new CounterState(
                            LuaTickets.number(c.get("id")),
                            clerk,
                            LuaTickets.view(c.get("current"), officeId),
                            LuaTickets.views(c.get("parked"), officeId),
                            LuaTickets.views(c.get("queued"), officeId),
                            LuaTickets.text(c.get("paused")),
                            clerk == null ? null : clerkNames.get(clerk));
                })
                .toList();
        List<CallRecord> calls = s.get("calls") instanceof List<?> list
                ? list.stream().map(raw -> events.call(raw.toString(), office)).toList()
                : List.of();
        return new OfficeSnapshot(officeId, LuaTickets.number(s.get("seq")), waiting, counters, calls);
    }

    private TicketView simpleCounterCommand(long officeId, long counterId, long clerkId, String command, String key) {
        Office office = offices.get(officeId);
        counter(office, counterId);
        return counterCommand(
                office, command, Map.of("counter", counterId, "clerk", clerkId), counterId, clerkId, null, key);
    }

    private TicketView counterCommand(
            Office office,
            String command,
            Map<String, Object> args,
            long counterId,
            long clerkId,
            String detail,
            String key) {
        return ticketOf(office, command(office, command, args, counterId, clerkId, detail, key));
    }

    /** The ticket the command acted on; for a replayed request, the one its first attempt acted on, as it is now. */
    private TicketView ticketOf(Office office, Map<String, Object> result) {
        if (result.get("replay") != null) {
            return ticket(office.id(), result.get("replay").toString());
        }
        return LuaTickets.view(((Map<?, ?>) result.get("event")).get("ticket"), office.id());
    }

    /**
     * Runs a state-changing command and records it; refusals become problem responses. The command is
     * either in the record or answered with an error and undone in Redis (decision record 0008): when its
     * record is refused or cannot be written, the office's live state is dropped and rebuilt from the record.
     */
    private Map<String, Object> command(
            Office office,
            String command,
            Map<String, Object> args,
            Long counterId,
            Long staffId,
            String detail,
            String key) {
        Map<String, Object> full = new HashMap<>(args);
        full.put("key", key);
        Map<String, Object> result = run(office, command, full);
        Object error = result.get("error");
        meters.counter(
                        "motcua.queue.commands",
                        "command",
                        command,
                        "outcome",
                        error == null ? (result.get("replay") == null ? "done" : "replayed") : error.toString())
                .increment();
        if (error != null) {
            throw QueueRefusals.of(error.toString(), result);
        }
        if (result.get("replay") != null) {
            requireRecorded(office, key);
            return result;
        }
        Map<?, ?> event = (Map<?, ?>) result.get("event");
        long epoch = LuaTickets.number(result.get("epoch"));
        Instant at = Instant.ofEpochMilli(LuaTickets.number(event.get("at")));
        LocalDate day = office.localDay(at);
        Map<?, ?> ticket = event.get("ticket") instanceof Map<?, ?> t ? t : null;
        try {
            ledger.record(new CommandRecord(
                    office.id(),
                    epoch,
                    day,
                    event.get("type").toString(),
                    at,
                    ticket,
                    counterId,
                    staffId,
                    detail,
                    key));
        } catch (RecordRefusedException | DuplicateKeyException e) {
            // a unique index of the record refused it: a second current ticket at a counter, a number or a key twice
            undo(office, epoch);
            throw new RefusedException(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "QUEUE_REBUILT",
                    "The queues were being rebuilt; nothing was changed. Try again.");
        } catch (RuntimeException e) {
            undo(office, epoch);
            throw e;
        }
        confirm(office, LuaTickets.number(event.get("seq")));
        return result;
    }

    /**
     * The first request with this key ran in Redis; answer with its ticket only once it is in the record.
     * Until then it is still on its way or will be undone, and the client must try again.
     */
    private void requireRecorded(Office office, String key) {
        if (!ledger.recordedKey(office.id(), key)) {
            throw new RefusedException(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "REQUEST_IN_PROGRESS",
                    "The first request with this Idempotency-Key has not finished; try again in a moment.");
        }
    }

    private void undo(Office office, long epoch) {
        try {
            script.forget(office.id(), epoch);
        } catch (RuntimeException e) {
            // Redis is unreachable too: the command stays unconfirmed, and the watchdog rebuilds the office
            // from the record once Redis answers.
            log.warn(
                    "Could not drop the live state of office {} after a failed record: {}",
                    office.id(),
                    e.getMessage());
        }
    }

    private void confirm(Office office, long seq) {
        try {
            script.confirm(office.id(), seq);
        } catch (RuntimeException e) {
            // The command is recorded; an unconfirmed one only costs a rebuild that changes nothing.
            log.warn("Could not confirm command {} of office {}: {}", seq, office.id(), e.getMessage());
        }
    }

    /** Runs any command, rebuilding the office's queues first when Redis does not hold today's state. */
    private Map<String, Object> run(Office office, String command, Map<String, Object> args) {
        Instant now = clock.instant();
        LocalDate day = office.localDay(now);
        Map<String, Object> full = new HashMap<>(args);
        full.put("now", now.toEpochMilli());
        full.put("day", day.toString());
        // wall-clock time, not the office clock: this bounds how long a request may wait (decision record 0008)
        Instant deadline = Instant.now().plus(REBUILD_PATIENCE);
        for (int attempt = 0; attempt < 3; attempt++) {
            Map<String, Object> result = script.run(office.id(), command, full);
            if (!"NOT_LOADED".equals(result.get("error"))) {
                return result;
            }
            if (!rebuilder.ensureLoaded(office, day, deadline)) {
                break;
            }
        }
        throw new RefusedException(
                HttpStatus.SERVICE_UNAVAILABLE,
                "QUEUE_UNAVAILABLE",
                "The queues are being rebuilt; try again in a moment");
    }

    /**
     * Whole minutes, rounded up, so that every screen and the slip print the same number: a citizen with
     * anyone before them never reads "about 0 minutes".
     */
    private Duration estimate(Office office, long areaId, int ahead, double avgServiceSeconds) {
        double perTicket = avgServiceSeconds > 0
                ? avgServiceSeconds
                : properties.defaultServiceTime().toSeconds();
        long counters = office.view().counters().stream()
                .filter(c -> c.active() && c.areaIds().contains(areaId))
                .count();
        double seconds = ahead * perTicket / Math.max(1, counters);
        return Duration.ofMinutes((long) Math.ceil(seconds / 60));
    }

    private static CounterView counter(Office office, long counterId) {
        return office.counter(counterId)
                .filter(CounterView::active)
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
