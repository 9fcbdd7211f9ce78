package vn.motcua.server.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
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
    /**
     * Longer than any request may take (the stores' timeouts end one within 2 s): a command still not
     * confirmed recorded after this was abandoned by its server.
     */
    private static final Duration ABANDONED_AFTER = Duration.ofSeconds(5);

    private static final Duration LOCK_POLL = Duration.ofMillis(50);
    private static final Duration WATCHDOG_PATIENCE = Duration.ofSeconds(2);

    private final QueueScript script;
    private final TicketLedger ledger;
    private final OfficeDirectory offices;
    private final Clock clock;

    QueueRebuilder(QueueScript script, TicketLedger ledger, OfficeDirectory offices, Clock clock) {
        this.script = script;
        this.ledger = ledger;
        this.offices = offices;
        this.clock = clock;
    }

    /**
     * Makes sure the office's queues for {@code day} are in Redis; only one server instance rebuilds at a
     * time, the others wait for it until {@code deadline} and then give up (the request answers 503).
     */
    boolean ensureLoaded(Office office, LocalDate day, Instant deadline) {
        String token = UUID.randomUUID().toString();
        while (true) {
            if (script.isLoaded(office.id(), day)) {
                return true;
            }
            if (script.tryLock(office.id(), token)) {
                try {
                    if (!script.isLoaded(office.id(), day)) {
                        rebuild(office, day);
                    }
                    return true;
                } finally {
                    script.unlock(office.id(), token);
                }
            }
            if (!Instant.now().plus(LOCK_POLL).isBefore(deadline)) {
                return false;
            }
            waitForTheOtherRebuild();
        }
    }

    private void rebuild(Office office, LocalDate day) {
        Instant now = clock.instant();
        LiveState state = ledger.beginEpoch(
                office.id(), day, day.atStartOfDay(office.zone()).toInstant(), now, CALLS_KEPT, DURATIONS_KEPT);
        ScriptCommand.Load load = new ScriptCommand.Load(
                state.epoch(),
                now.toEpochMilli(),
                office.areaIds(),
                office.counterIds(),
                state.openTickets(),
                state.lastNumbers(),
                state.recentDurations(),
                state.recentCalls(),
                state.openPauses(),
                state.clerksOnDuty(),
                state.keys());
        if (script.load(office.id(), load, now, day) instanceof ScriptReply.StaleLoad) {
            log.info(
                    "Office {} was rebuilt by another instance under a newer epoch; epoch {} not loaded",
                    office.id(),
                    state.epoch());
            return;
        }
        log.info(
                "Rebuilt the queues of office {} for {} from PostgreSQL (epoch {}): {} tickets in play, {} closed "
                        + "from earlier days",
                office.id(),
                day,
                state.epoch(),
                state.openTickets().size(),
                state.closedFromEarlierDays());
    }

    @Scheduled(
            fixedDelayString = "${motcua.queue.watchdog-interval:5s}",
            initialDelayString = "${motcua.queue.watchdog-interval:5s}")
    void watchdog() {
        Instant now = clock.instant();
        Instant abandoned = now.minus(ABANDONED_AFTER);
        for (long id : offices.allIds()) {
            try {
                Office office = offices.get(id);
                if (script.reclaim(id, abandoned)) {
                    log.warn(
                            "Office {} had a command applied in Redis but never recorded; rebuilding from PostgreSQL",
                            id);
                }
                ensureLoaded(office, office.localDay(now), Instant.now().plus(WATCHDOG_PATIENCE));
            } catch (RuntimeException e) {
                log.warn("Could not check the queues of office {}: {}", id, e.getMessage());
            }
        }
    }

    private static void waitForTheOtherRebuild() {
        try {
            Thread.sleep(LOCK_POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a rebuild", e);
        }
    }
}
