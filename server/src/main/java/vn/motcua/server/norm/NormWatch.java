package vn.motcua.server.norm;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.NormBreach;
import vn.motcua.client.api.OfficeSnapshot;
import vn.motcua.client.api.ServiceNorms;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.queue.CounterActivity;
import vn.motcua.server.queue.OfficeWatch;
import vn.motcua.server.queue.QueueEngine;
import vn.motcua.server.security.OfficeHeads;
import vn.motcua.server.shared.RedisChannels;

/**
 * Checks the offices' norms on every queue event (a call ends a wait at once) and every few seconds (waits grow
 * without events). Every instance checks; the record keeps them from disagreeing:
 * <ul>
 *   <li>a check locks the office's norm row, so checks of one office record one after the other;
 *   <li>it is fenced like the queue's own record (decision 0008): it reads the live state first, and records only if
 *       neither the state's event sequence nor its time is older than those of the last check recorded, so a slow
 *       check never ends a breach a newer one started, nor starts one again that a newer one ended;
 *   <li>the partial unique index on lasting breaches keeps one record per breach whatever happens.
 * </ul>
 * Only the instance whose statement changed a row publishes the change, so each start and end is pushed once, and
 * only it asks for the heads' letter (in the transaction that records the start, so one letter per breach).
 */
@Configuration
class NormWatch {

    private static final Logger log = LoggerFactory.getLogger(NormWatch.class);

    private final NormSettings settings;
    private final NormBreaches breaches;
    private final NormAlerts alerts;
    private final QueueEngine queue;
    private final CounterActivity activity;
    private final OfficeDirectory offices;
    private final OfficeHeads heads;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final OfficeWatch watch = new OfficeWatch("norm-watch", office -> check(office));

    NormWatch(
            NormSettings settings,
            NormBreaches breaches,
            NormAlerts alerts,
            QueueEngine queue,
            CounterActivity activity,
            OfficeDirectory offices,
            OfficeHeads heads,
            TransactionTemplate transaction,
            Clock clock,
            ApplicationEventPublisher events) {
        this.heads = heads;
        this.events = events;
        this.settings = settings;
        this.breaches = breaches;
        this.alerts = alerts;
        this.queue = queue;
        this.activity = activity;
        this.offices = offices;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Bean
    RedisMessageListenerContainer normQueueEvents(RedisConnectionFactory redis, RedisChannels channels) {
        return watch.container(redis, channels);
    }

    @Scheduled(fixedDelayString = "${motcua.norms.check-interval:5s}")
    void checkAll() {
        try {
            watch.mark(settings.officesWithNorms());
        } catch (RuntimeException e) {
            log.debug("Offices with norms not read: {}", e.getMessage());
        }
    }

    /** Checks one office now and publishes what started or ended; answers those changes. */
    List<NormBreach> check(long officeId) {
        Optional<ServiceNorms> set = settings.find(officeId);
        if (set.isEmpty()) {
            return List.of();
        }
        ServiceNorms norms = set.get();
        Office office = offices.get(officeId);
        Instant now = clock.instant();
        // read before the transaction: a rebuild the snapshot may start must not run inside it
        OfficeSnapshot snapshot = queue.snapshot(officeId);
        Map<Long, Instant> lastActivity = activity.lastActivity(
                officeId, office.localDay(now).atStartOfDay(office.zone()).toInstant());
        List<Found> found = NormRules.breached(norms, office, snapshot, lastActivity, now);
        List<NormBreach> changed = transaction.execute(tx -> record(office, norms, snapshot.seq(), now, found));
        changed.forEach(alerts::publish);
        return changed;
    }

    List<NormBreach> record(Office office, ServiceNorms norms, long seq, Instant now, List<Found> found) {
        long officeId = office.id();
        Optional<NormSettings.Checked> last = settings.lock(officeId);
        if (last.isEmpty() || seq < last.get().seq() || now.isBefore(last.get().at())) {
            return List.of();
        }
        settings.checked(officeId, new NormSettings.Checked(seq, now));
        Map<String, NormBreaches.Row> lasting = new HashMap<>();
        breaches.lasting(officeId).forEach(row -> lasting.put(row.breach().kind() + " " + row.subject(), row));
        List<NormBreach> changed = new ArrayList<>();
        for (Found f : found) {
            NormBreaches.Row row = lasting.remove(f.kind() + " " + f.subject());
            if (row == null) {
                breaches.start(officeId, f, now).ifPresent(started -> {
                    changed.add(started);
                    List<String> to = norms.emailAlerts()
                            ? heads.withEmail(officeId).stream()
                                    .map(OfficeHeads.Head::email)
                                    .distinct()
                                    .toList()
                            : List.of();
                    if (!to.isEmpty()) {
                        events.publishEvent(new NormBreachStarted(
                                started,
                                office.view().name(),
                                concerns(office, started),
                                started.startedAt().atZone(office.zone()),
                                to));
                    }
                });
            } else {
                breaches.worsen(row.breach().id(), f.value());
            }
        }
        for (NormBreaches.Row cleared : lasting.values()) {
            breaches.end(cleared.breach().id(), now).ifPresent(changed::add);
        }
        return changed;
    }

    /** What a breach concerns, as the office's staff call it: a ticket with its area, a counter, or the office. */
    private static String concerns(Office office, NormBreach breach) {
        if (breach.ticketCode() != null) {
            return breach.ticketCode()
                    + office.area(breach.areaId())
                            .map(area -> " (" + area.name() + ")")
                            .orElse("");
        }
        if (breach.counterId() != null) {
            return office.counter(breach.counterId()).map(CounterView::name).orElse(String.valueOf(breach.counterId()));
        }
        return office.view().name();
    }
}
