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
        return issue(officeId, areaId, priority, null, key);
    }

    /**
     * A ticket for a citizen who booked: {@code appointment} is the booking code, which the ticket carries so that
     * the clerk's list can mark it; whether it is served first is the {@code priority} the appointment module gave.
     */
    public IssuedTicket issue(long officeId, long areaId, PriorityGroup priority, String appointment, String key) {
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
        ScriptCommand.Issue command = new ScriptCommand.Issue(
                UUID.randomUUID().toString(),
                areaId,
                area.prefix(),
                area.dailyLimit(),
                priority == null ? null : priority.name(),
                appointment);
        ScriptReply.IssueReply reply = run(office, (at, day) -> script.issue(officeId, command, at, day, key));
        count(command, reply);
        return switch (reply) {
            case ScriptReply.Issued issued -> {
                record(office, issued, null, null, null, key);
                yield new IssuedTicket(
                        issued.ticket().view(),
                        issued.ahead(),
                        estimate(office, areaId, issued.ahead(), issued.avgServiceSeconds()));
            }
            case ScriptReply.Replayed replayed -> {
                requireRecorded(office, key);
                yield position(officeId, replayed.ticketId());
            }
            case ScriptReply.Refused refused -> throw QueueRefusals.of(refused);
            case ScriptReply.NotLoaded notLoaded -> throw unavailable();
        };
    }

    public TicketView callNext(long officeId, long counterId, long clerkId, String key) {
        Office office = offices.get(officeId);
        CounterView counter = counter(office, counterId);
        return change(
                office,
                new ScriptCommand.CallNext(
                        counterId, counter.areaIds(), office.view().priorityRun(), clerkId),
                counterId,
                clerkId,
                null,
                key);
    }

    public TicketView callTicket(long officeId, long counterId, String ticketId, long clerkId, String key) {
        Office office = offices.get(officeId);
        CounterView counter = counter(office, counterId);
        return change(
                office,
                new ScriptCommand.CallTicket(
                        counterId, counter.areaIds(), ticketId(ticketId).toString(), clerkId),
                counterId,
                clerkId,
                null,
                key);
    }

    public TicketView recall(long officeId, long counterId, long clerkId, String key) {
        return counterChange(officeId, counterId, clerkId, new ScriptCommand.Recall(counterId, clerkId), key);
    }

    public TicketView start(long officeId, long counterId, long clerkId, String key) {
        return counterChange(officeId, counterId, clerkId, new ScriptCommand.Start(counterId, clerkId), key);
    }

    public TicketView finish(long officeId, long counterId, long clerkId, String key) {
        return counterChange(officeId, counterId, clerkId, new ScriptCommand.Finish(counterId, clerkId), key);
    }

    public TicketView noShow(long officeId, long counterId, long clerkId, String key) {
        return counterChange(officeId, counterId, clerkId, new ScriptCommand.NoShow(counterId, clerkId), key);
    }

    public TicketView park(long officeId, long counterId, long clerkId, String key) {
        return counterChange(officeId, counterId, clerkId, new ScriptCommand.Park(counterId, clerkId), key);
    }

    public TicketView unpark(long officeId, long counterId, String ticketId, long clerkId, String key) {
        return counterChange(
                officeId,
                counterId,
                clerkId,
                new ScriptCommand.Unpark(counterId, ticketId(ticketId).toString(), clerkId),
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
        if (toAreaId != null) {
            office.area(toAreaId)
                    .filter(ServiceAreaView::active)
                    .orElseThrow(() -> new BadRequestException(
                            "areaId", "No active service area " + toAreaId + " in this office"));
        } else {
            if (toCounterId == counterId) {
                throw new BadRequestException("counterId", "A ticket cannot be transferred to its own counter");
            }
            counter(office, toCounterId);
        }
        return change(
                office,
                new ScriptCommand.Transfer(counterId, clerkId, toAreaId, toCounterId),
                counterId,
                clerkId,
                null,
                key);
    }

    public TicketView reactivate(long officeId, String ticketId, long clerkId, String key) {
        Office office = offices.get(officeId);
        return change(office, new ScriptCommand.Reactivate(ticketId(ticketId).toString()), null, clerkId, null, key);
    }

    public TicketView cancel(long officeId, String ticketId, long staffId, String reason, String key) {
        Office office = offices.get(officeId);
        return change(
                office, new ScriptCommand.Cancel(ticketId(ticketId).toString(), reason), null, staffId, reason, key);
    }

    public void pause(long officeId, long counterId, long clerkId, String reason, String key) {
        Office office = offices.get(officeId);
        counter(office, counterId);
        change(
                office,
                new ScriptCommand.Pause(counterId, clerkId, reason.strip()),
                counterId,
                clerkId,
                reason.strip(),
                key);
    }

    public void resume(long officeId, long counterId, long clerkId, String key) {
        Office office = offices.get(officeId);
        counter(office, counterId);
        change(office, new ScriptCommand.Resume(counterId), counterId, clerkId, null, key);
    }

    public TicketView ticket(long officeId, String ticketId) {
        Office office = offices.get(officeId);
        UUID id = ticketId(ticketId);
        ScriptReply.TicketReply reply = run(office, (at, day) -> script.ticket(officeId, id.toString(), at, day));
        return switch (reply) {
            case ScriptReply.Found found -> found.ticket().view();
            // a ticket no longer in play (an earlier day's) is only in the record
            case ScriptReply.Refused refused ->
                ledger.find(officeId, id)
                        .map(TicketRow::view)
                        .orElseThrow(() -> new NotFoundException("ticket", ticketId));
            case ScriptReply.NotLoaded notLoaded -> throw unavailable();
        };
    }

    /**
     * Where a ticket stands now: the people before it and the fair guess of the wait, counted by the script
     * (by rank in the queue it waits in), the same way as when it was issued.
     */
    public IssuedTicket position(long officeId, String ticketId) {
        Office office = offices.get(officeId);
        String id = ticketId(ticketId).toString();
        ScriptReply.PositionReply reply = run(office, (at, day) -> script.position(officeId, id, at, day));
        return switch (reply) {
            case ScriptReply.Position p ->
                new IssuedTicket(
                        p.ticket().view(),
                        p.ahead(),
                        estimate(office, p.ticket().areaId(), p.ahead(), p.avgServiceSeconds()));
            case ScriptReply.Refused refused -> new IssuedTicket(ticket(officeId, ticketId), 0, Duration.ZERO);
            case ScriptReply.NotLoaded notLoaded -> throw unavailable();
        };
    }

    public OfficeSnapshot snapshot(long officeId) {
        Office office = offices.get(officeId);
        ScriptReply.SnapshotReply reply =
                run(office, (at, day) -> script.snapshot(officeId, office.areaIds(), office.counterIds(), at, day));
        if (!(reply instanceof ScriptReply.Snapshot s)) {
            throw unavailable();
        }
        Map<Long, List<TicketView>> waiting = new HashMap<>();
        s.waiting().forEach((area, tickets) -> waiting.put(area, views(tickets)));
        Map<Long, String> clerkNames = staffNames.of(s.counters().stream()
                .map(ScriptReply.Counter::clerk)
                .filter(Objects::nonNull)
                .toList());
        List<CounterState> counters = s.counters().stream()
                .map(c -> new CounterState(
                        c.id(),
                        c.clerk(),
                        c.current() == null ? null : c.current().view(),
                        views(c.parked()),
                        views(c.queued()),
                        c.paused(),
                        c.clerk() == null ? null : clerkNames.get(c.clerk())))
                .toList();
        List<CallRecord> calls =
                s.calls().stream().map(call -> events.call(call, office)).toList();
        return new OfficeSnapshot(officeId, s.seq(), waiting, counters, calls);
    }

    private TicketView counterChange(
            long officeId, long counterId, long clerkId, ScriptCommand.Change command, String key) {
        Office office = offices.get(officeId);
        counter(office, counterId);
        return change(office, command, counterId, clerkId, null, key);
    }

    /**
     * Runs a change and records it; refusals become problem responses. Answers with the ticket the command
     * acted on (null for a counter's pause); for a replayed request, the one its first attempt acted on, as
     * it is now.
     */
    private TicketView change(
            Office office, ScriptCommand.Change command, Long counterId, Long staffId, String detail, String key) {
        ScriptReply.ChangeReply reply = run(office, (at, day) -> script.change(office.id(), command, at, day, key));
        count(command, reply);
        return switch (reply) {
            case ScriptReply.Changed changed -> {
                record(office, changed, counterId, staffId, detail, key);
                TicketRow ticket = changed.event().ticket();
                yield ticket == null ? null : ticket.view();
            }
            case ScriptReply.Replayed replayed -> {
                requireRecorded(office, key);
                yield replayed.ticketId() == null ? null : ticket(office.id(), replayed.ticketId());
            }
            case ScriptReply.Refused refused -> throw QueueRefusals.of(refused);
            case ScriptReply.NotLoaded notLoaded -> throw unavailable();
        };
    }

    /** Counts the command's outcome; one that found no state to run on is answered 503 and not counted. */
    private void count(ScriptCommand command, ScriptReply reply) {
        if (reply instanceof ScriptReply.NotLoaded) {
            return;
        }
        String outcome = switch (reply) {
            case ScriptReply.Replayed r -> "replayed";
            case ScriptReply.Refused r -> r.refusal().name();
            default -> "done";
        };
        meters.counter("motcua.queue.commands", "command", command.name(), "outcome", outcome)
                .increment();
    }

    /**
     * Records an applied command. It is either in the record or answered with an error and undone in Redis
     * (decision record 0008): when its record is refused or cannot be written, the office's live state is
     * dropped and rebuilt from the record.
     */
    private void record(
            Office office, ScriptReply.Applied applied, Long counterId, Long staffId, String detail, String key) {
        ScriptReply.Event event = applied.event();
        try {
            ledger.record(new CommandRecord(
                    office.id(),
                    applied.epoch(),
                    office.localDay(event.at()),
                    event.type(),
                    event.at(),
                    event.ticket(),
                    counterId,
                    staffId,
                    detail,
                    key));
        } catch (RecordRefusedException | DuplicateKeyException e) {
            // a unique index of the record refused it: a second current ticket at a counter, a number or a key twice
            undo(office, applied.epoch());
            throw new RefusedException(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "QUEUE_REBUILT",
                    "The queues were being rebuilt; nothing was changed. Try again.");
        } catch (RuntimeException e) {
            undo(office, applied.epoch());
            throw e;
        }
        confirm(office, event.seq());
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

    /** One run of a script command at the office's time and local day. */
    @FunctionalInterface
    private interface ScriptRun<R extends ScriptReply> {
        R at(Instant now, LocalDate day);
    }

    /**
     * Runs a script command, rebuilding the office's queues first when Redis does not hold today's state.
     * Answers NotLoaded only when the rebuild did not finish in time; the caller answers 503 for it.
     */
    private <R extends ScriptReply> R run(Office office, ScriptRun<R> command) {
        Instant now = clock.instant();
        LocalDate day = office.localDay(now);
        // wall-clock time, not the office clock: this bounds how long a request may wait (decision record 0008)
        Instant deadline = Instant.now().plus(REBUILD_PATIENCE);
        R reply = command.at(now, day);
        for (int attempt = 1; attempt < 3 && reply instanceof ScriptReply.NotLoaded; attempt++) {
            if (!rebuilder.ensureLoaded(office, day, deadline)) {
                break;
            }
            reply = command.at(now, day);
        }
        return reply;
    }

    private static RefusedException unavailable() {
        return new RefusedException(
                HttpStatus.SERVICE_UNAVAILABLE,
                "QUEUE_UNAVAILABLE",
                "The queues are being rebuilt; try again in a moment");
    }

    private static List<TicketView> views(List<TicketRow> tickets) {
        return tickets.stream().map(TicketRow::view).toList();
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
