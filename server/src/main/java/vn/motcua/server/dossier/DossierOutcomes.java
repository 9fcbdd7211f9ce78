package vn.motcua.server.dossier;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.RatingLevel;
import vn.motcua.server.calendar.WorkingCalendar;
import vn.motcua.server.calendar.WorkingHours;
import vn.motcua.server.feedback.FeedbackFiled;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.rating.TicketRated;

/**
 * Keeps each dossier's outcome columns (V17) true to its history, in the transaction of every status change, so
 * the published view {@code dossier_outcome_v} answers the indicators' questions by SQL alone. The judgement is
 * {@link Timeliness}'s; only what does not depend on the reporting period is stored: the end, the deadline moved by
 * the first supplement wait, a forced lateness and the handling time.
 */
@Component
class DossierOutcomes {

    private final JdbcClient jdbc;
    private final DossierStore store;
    private final OfficeDirectory offices;
    private final WorkingCalendar calendar;

    DossierOutcomes(JdbcClient jdbc, DossierStore store, OfficeDirectory offices, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.store = store;
        this.offices = offices;
        this.calendar = calendar;
    }

    /** Synchronous: runs inside the status change's transaction, so the outcome commits with the change. */
    @EventListener
    void on(DossierStatusChanged changed) {
        store.find(changed.officeId(), changed.code()).ifPresent(this::record);
    }

    /** Synchronous: in the rating's transaction (a ticket is rated once, usually after its dossier was received). */
    @EventListener
    void on(TicketRated rated) {
        jdbc.sql("update dossier set outcome_dissatisfied = ? or outcome_complained where ticket_id = ?::uuid")
                .params(rated.level() == RatingLevel.DISSATISFIED, rated.ticketId())
                .update();
    }

    /**
     * Synchronous: in the filing's transaction. Indicator 5.4 counts a dossier with feedback (PAKN) like one whose
     * ticket was rated "not satisfied", so a filing that names one of the office's dossier codes marks it for good;
     * a ticket number or an unknown code marks nothing.
     */
    @EventListener
    void on(FeedbackFiled filed) {
        if (filed.subject() == null) {
            return;
        }
        jdbc.sql("""
                        update dossier set outcome_complained = true, outcome_dissatisfied = true
                        where office_id = ? and code = ?""")
                .params(filed.officeId(), filed.subject().toUpperCase(Locale.ROOT))
                .update();
    }

    /** Dossiers received before V17 have no outcome yet; fills them once, in batches, when the server starts. */
    @EventListener(ApplicationReadyEvent.class)
    void fillMissing() {
        List<Row> missing;
        do {
            missing = jdbc.sql("select office_id, code from dossier where outcome_deadline_at is null limit 500")
                    .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2)))
                    .list();
            missing.forEach(r -> store.find(r.officeId(), r.code()).ifPresent(this::record));
        } while (!missing.isEmpty());
    }

    private record Row(long officeId, String code) {}

    void record(DossierRow dossier) {
        WorkingHours hours = Timeliness.hoursOf(calendar, offices.get(dossier.officeId()));
        Outcome outcome = of(store.history(dossier.id()), dossier, hours);
        jdbc.sql("""
                        update dossier set outcome_end_at = ?, outcome_deadline_at = ?, outcome_late_forced = ?,
                            outcome_counted = ?, outcome_handling_seconds = ?,
                            outcome_dissatisfied = coalesce((select r.level = 'DISSATISFIED' from rating_v r
                                where r.ticket_id = dossier.ticket_id), false) or outcome_complained
                        where id = ?""")
                .params(
                        outcome.end().map(Timestamp::from).orElse(null),
                        Timestamp.from(outcome.deadline()),
                        outcome.lateForced(),
                        outcome.counted(),
                        outcome.handling().map(Duration::toSeconds).orElse(null),
                        dossier.id())
                .update();
    }

    record Outcome(
            Optional<Instant> end,
            Instant deadline,
            boolean lateForced,
            boolean counted,
            Optional<Duration> handling) {}

    static Outcome of(List<StatusEntry> history, DossierRow dossier, WorkingHours hours) {
        boolean counted = history.stream().noneMatch(e -> e.status() == DossierStatus.WITHDRAWN);
        long requests = history.stream()
                .filter(e -> e.status() == DossierStatus.SUPPLEMENT_REQUESTED)
                .count();
        Optional<Instant> end = Timeliness.end(history);
        boolean waiting = !history.isEmpty() && history.getLast().status() == DossierStatus.SUPPLEMENT_REQUESTED;
        Instant pendingSince = waiting ? history.getLast().at() : null;
        // the wait given back is the one already over; a wait still running is the end itself (2.1's text)
        Instant until = end.orElse(waiting ? pendingSince : Instant.MAX);
        Instant deadline = Timeliness.deadline(history, dossier.dueAt(), hours, until);
        Optional<Instant> stop = end.isPresent() ? end : Optional.ofNullable(pendingSince);
        Optional<Duration> handling = Timeliness.first(history, DossierStatus.RESOLVED)
                .or(() -> Timeliness.first(history, DossierStatus.RETURNED))
                .map(done -> hours.between(dossier.receivedAt(), done)
                        .minus(Timeliness.firstSupplementWait(history, hours, done)));
        return new Outcome(stop, deadline, requests > 1, counted, handling);
    }
}
