package vn.motcua.server.queue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficeDirectory;

/**
 * Rebuilds an office's live queues from PostgreSQL when Redis does not hold today's state: after Redis
 * lost its data (restart without persistence, FLUSHALL, failover to an empty replica) and at the first
 * command of each local day. Commands notice it themselves (queue.lua answers NOT_LOADED); a watchdog
 * notices it too, so that display boards resync even while nobody issues or calls.
 */
@Component
class QueueRebuilder {

    private static final Logger log = LoggerFactory.getLogger(QueueRebuilder.class);
    private static final int CALLS_KEPT = 20;
    private static final int DURATIONS_KEPT = 30;

    private final QueueScript script;
    private final TicketLedger ledger;
    private final OfficeDirectory offices;
    private final JsonMapper json;
    private final Clock clock;

    QueueRebuilder(QueueScript script, TicketLedger ledger, OfficeDirectory offices, JsonMapper json, Clock clock) {
        this.script = script;
        this.ledger = ledger;
        this.offices = offices;
        this.json = json;
        this.clock = clock;
    }

    /** Makes sure the office's queues for {@code day} are in Redis; only one server instance rebuilds at a time. */
    void ensureLoaded(Office office, LocalDate day) {
        String token = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 200; attempt++) {
            if (script.isLoaded(office.id(), day.toString())) {
                return;
            }
            if (script.tryLock(office.id(), token)) {
                try {
                    if (!script.isLoaded(office.id(), day.toString())) {
                        rebuild(office, day);
                    }
                    return;
                } finally {
                    script.unlock(office.id(), token);
                }
            }
            pause();
        }
        throw new IllegalStateException("Office " + office.id() + " was not rebuilt in time");
    }

    private void rebuild(Office office, LocalDate day) {
        Instant now = clock.instant();
        int closed = ledger.closeEarlierDays(office.id(), day, now);
        List<TicketRow> open = ledger.openTickets(office.id(), day);
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("now", now.toEpochMilli());
        args.put("day", day.toString());
        args.put("seqFloor", now.toEpochMilli());
        args.put("areas", office.areaIds());
        args.put("counters", office.counterIds());
        args.put("tickets", open.stream().map(LuaTickets::hash).toList());
        args.put("numbers", stringKeys(ledger.lastNumbers(office.id(), day)));
        args.put("durations", stringKeys(ledger.recentDurations(office.id(), DURATIONS_KEPT)));
        args.put("calls", ledger.recentCalls(office.id(), day, CALLS_KEPT).stream()
                .map(json::writeValueAsString).toList());
        args.put("pauses", ledger.openPauses(office.id()));
        args.put("clerks", stringKeys(ledger.clerksOnDuty(office.id(), day, day.atStartOfDay(office.zone()).toInstant())));
        script.run(office.id(), "load", args);
        log.info("Rebuilt the queues of office {} for {} from PostgreSQL: {} tickets in play, {} closed from earlier days",
                office.id(), day, open.size(), closed);
    }

    @Scheduled(fixedDelayString = "${motcua.queue.watchdog-interval:5s}", initialDelayString = "${motcua.queue.watchdog-interval:5s}")
    void watchdog() {
        Instant now = clock.instant();
        for (long id : offices.allIds()) {
            try {
                Office office = offices.get(id);
                ensureLoaded(office, office.localDay(now));
            } catch (RuntimeException e) {
                log.warn("Could not check the queues of office {}: {}", id, e.getMessage());
            }
        }
    }

    private static Map<String, Object> stringKeys(Map<Long, ?> map) {
        Map<String, Object> result = new HashMap<>();
        map.forEach((k, v) -> result.put(k.toString(), v));
        return result;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a rebuild", e);
        }
    }
}
