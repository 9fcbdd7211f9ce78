package vn.motcua.server.indicator;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.client.api.IndicatorDossier;

/**
 * The aggregates behind the indicators, in SQL over what the owning modules publish: their monthly summaries
 * ({@code dossier_month} of the dossier module, {@code rating_month} of the rating module, decision 0026), and for what
 * a month cannot settle, their views ({@code dossier_outcome_v}, {@code rating_v}); grouped by office and area, so a
 * province's year comes back as a few hundred rows.
 */
@Repository
class IndicatorQueries {

    /** One office's area, or the office's dossiers without an area ({@code areaId} null). */
    record Key(long officeId, Long areaId) {}

    /** A dossier is judged at its end, or at the period's end (or now, if sooner) while still open then. */
    private static final String HANDLED = """
            from dossier_outcome_v d
            where d.office_id = any(:offices) and d.received_at < :to
              and (d.ended_at is null or d.ended_at >= :from)""";

    private static final String ON_TIME =
            "(not d.late_forced and least(coalesce(d.ended_at, :asOf), :asOf) <= d.deadline_at)";

    /** Rated "not satisfied" or named by a feedback: marked on the dossier by the dossier module (decision 0026). */
    private static final String DISSATISFIED = "d.dissatisfied";

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;

    IndicatorQueries(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Runs the aggregates with plans made for their parameters and without PostgreSQL's JIT: a province's year is estimated costly enough to be compiled,
     * and compiling took longer than the whole query (measured: seconds of JIT for a 0.5 s scan, docs/performance.md).
     */
    private <T> T withoutJit(Supplier<T> work) {
        return readOnly.execute(status -> {
            jdbc.sql("set local jit = off").update();
            // planned for the offices actually asked for: a generic plan cannot tell one office from a province
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
            return work.get();
        });
    }

    /**
     * The counts of a period of whole local months ({@code from} and {@code to} first days of months in {@code zone},
     * the zone of every office asked for), judged at {@code asOf}: from the monthly summaries, except the dossiers a
     * month cannot judge while the period runs (still open, or ended in the month of {@code asOf}), read one by one.
     */
    Map<Key, Counts> counts(Collection<Long> offices, ZoneId zone, LocalDate from, LocalDate to, Instant asOf) {
        Instant end = to.atStartOfDay(zone).toInstant();
        boolean settled = !asOf.isBefore(end);
        LocalDate cut = settled ? to : asOf.atZone(zone).toLocalDate().withDayOfMonth(1);
        return withoutJit(() -> {
            Map<Key, Counts> counts = new HashMap<>();
            summedDossiers(counts, offices, from, to, settled, cut);
            summedRatings(counts, offices, from, to);
            if (!settled) {
                dossiers(
                        counts,
                        offices,
                        from.atStartOfDay(zone).toInstant(),
                        end,
                        asOf,
                        cut.atStartOfDay(zone).toInstant());
            }
            return counts;
        });
    }

    /**
     * The summary's dossiers of the period: all when it is over ({@code settled}), else those ended before
     * {@code cut}; a summary row whose dossiers all moved away (withdrawn, corrected) is left at zero and skipped. An ended dossier is judged by its end (before the period's end) or by its deadline's month (the
     * period's end is a month's first instant, so "due at or after the end" is "due in its month or later").
     */
    private void summedDossiers(
            Map<Key, Counts> counts,
            Collection<Long> offices,
            LocalDate from,
            LocalDate to,
            boolean settled,
            LocalDate cut) {
        jdbc.sql("""
                        select s.office_id, p.area_id, sum(s.dossiers) as handled,
                            sum(case when s.ended_month < :to then s.ended_on_time
                                when s.deadline_month >= :to then s.not_forced else 0 end) as on_time,
                            coalesce(sum(s.completed) filter (where s.received_month >= :from), 0) as completed,
                            coalesce(sum(s.handling_seconds) filter (where s.received_month >= :from), 0)
                                as handling,
                            sum(s.dissatisfied) as dissatisfied
                        from dossier_month s join procedure p on p.id = s.procedure_id
                        where s.office_id = any(:offices) and s.received_month < :to
                          and (s.ended_month is null or s.ended_month >= :from)
                          and (:settled or s.ended_month < :cut)
                        group by s.office_id, p.area_id
                        having sum(s.dossiers) > 0""")
                .param("offices", ids(offices))
                .param("from", from)
                .param("to", to)
                .param("settled", settled)
                .param("cut", cut)
                .query((RowCallbackHandler) rs -> {
                    add(
                            counts,
                            new Key(rs.getLong("office_id"), (Long) rs.getObject("area_id")),
                            Counts.NONE.withDossiers(
                                    rs.getLong("handled"),
                                    rs.getLong("on_time"),
                                    rs.getLong("completed"),
                                    rs.getLong("handling"),
                                    rs.getLong("dissatisfied")));
                });
    }

    private void summedRatings(Map<Key, Counts> counts, Collection<Long> offices, LocalDate from, LocalDate to) {
        jdbc.sql("""
                        select r.office_id, r.area_id, sum(r.ratings) as ratings,
                            coalesce(sum(r.ratings) filter (where r.level = 'VERY_SATISFIED'), 0) as very,
                            coalesce(sum(r.ratings) filter (where r.level = 'SATISFIED'), 0) as satisfied,
                            coalesce(sum(r.ratings) filter (where r.level = 'DISSATISFIED'), 0) as not_satisfied
                        from rating_month r
                        where r.office_id = any(:offices) and r.month >= :from and r.month < :to
                        group by r.office_id, r.area_id
                        having sum(r.ratings) > 0""")
                .param("offices", ids(offices))
                .param("from", from)
                .param("to", to)
                .query((RowCallbackHandler) rs -> add(
                        counts,
                        new Key(rs.getLong("office_id"), rs.getLong("area_id")),
                        Counts.NONE.withRatings(
                                rs.getLong("ratings"),
                                rs.getLong("very"),
                                rs.getLong("satisfied"),
                                rs.getLong("not_satisfied"))));
    }

    /**
     * The counts computed from every dossier and rating of the period, with no summary: for offices of another time
     * zone than the period's, and the reference the summaries are tested against.
     */
    Map<Key, Counts> countedOneByOne(Collection<Long> offices, Instant from, Instant to, Instant asOf) {
        return withoutJit(() -> {
            Map<Key, Counts> counts = new HashMap<>();
            dossiers(counts, offices, from, to, asOf, from);
            ratings(counts, offices, from, to);
            return counts;
        });
    }

    /** The dossiers of the period not ended before {@code since} (all of them for {@code from}), one by one. */
    private void dossiers(
            Map<Key, Counts> counts, Collection<Long> offices, Instant from, Instant to, Instant asOf, Instant since) {
        jdbc.sql("select d.office_id, d.area_id, count(*) as handled,"
                        + " count(*) filter (where " + ON_TIME + ") as on_time,"
                        + " count(*) filter (where d.handling_seconds is not null and d.received_at >= :from)"
                        + "   as completed,"
                        + " coalesce(sum(d.handling_seconds) filter (where d.received_at >= :from), 0) as handling,"
                        + " count(*) filter (where " + DISSATISFIED + ") as dissatisfied "
                        + HANDLED
                        + " and (d.ended_at is null or d.ended_at >= :since)"
                        + " group by d.office_id, d.area_id")
                .param("offices", ids(offices))
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("asOf", Timestamp.from(asOf))
                .param("since", Timestamp.from(since))
                .query((RowCallbackHandler) rs -> add(
                        counts,
                        new Key(rs.getLong("office_id"), (Long) rs.getObject("area_id")),
                        Counts.NONE.withDossiers(
                                rs.getLong("handled"),
                                rs.getLong("on_time"),
                                rs.getLong("completed"),
                                rs.getLong("handling"),
                                rs.getLong("dissatisfied"))));
    }

    private void ratings(Map<Key, Counts> counts, Collection<Long> offices, Instant from, Instant to) {
        jdbc.sql("""
                        select r.office_id, r.area_id, count(*) as ratings,
                            count(*) filter (where r.level = 'VERY_SATISFIED') as very,
                            count(*) filter (where r.level = 'SATISFIED') as satisfied,
                            count(*) filter (where r.level = 'DISSATISFIED') as not_satisfied
                        from rating_v r
                        where r.office_id = any(:offices) and r.created_at >= :from and r.created_at < :to
                        group by r.office_id, r.area_id""")
                .param("offices", ids(offices))
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((RowCallbackHandler) rs -> add(
                        counts,
                        new Key(rs.getLong("office_id"), rs.getLong("area_id")),
                        Counts.NONE.withRatings(
                                rs.getLong("ratings"),
                                rs.getLong("very"),
                                rs.getLong("satisfied"),
                                rs.getLong("not_satisfied"))));
    }

    private static void add(Map<Key, Counts> counts, Key key, Counts more) {
        counts.merge(key, more, Counts::plus);
    }

    /**
     * The dossiers that pull 2.1 down (late by the period's end) and, unless {@code lateOnly}, 5.4 too (also those
     * rated "not satisfied"); latest deadline first.
     */
    List<IndicatorDossier> behind(
            Collection<Long> offices, Instant from, Instant to, Instant asOf, boolean lateOnly, int limit) {
        return withoutJit(() -> jdbc.sql(
                        "select d.code, d.office_id, d.procedure_name, d.received_at, d.deadline_at, d.ended_at,"
                                + " d.received_by_name, d.apology_issued_at is not null as apologized,"
                                + " not " + ON_TIME + " as late, " + DISSATISFIED + " as dissatisfied "
                                + HANDLED + " and (not " + ON_TIME + (lateOnly ? ")" : " or " + DISSATISFIED + ")")
                                + " order by d.deadline_at desc, d.code limit :limit")
                .param("offices", ids(offices))
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("asOf", Timestamp.from(asOf))
                .param("limit", limit)
                .query((rs, n) -> {
                    Timestamp ended = rs.getTimestamp("ended_at");
                    return new IndicatorDossier(
                            rs.getString("code"),
                            rs.getLong("office_id"),
                            rs.getString("procedure_name"),
                            rs.getTimestamp("received_at").toInstant(),
                            rs.getTimestamp("deadline_at").toInstant(),
                            ended == null || ended.toInstant().isAfter(asOf) ? null : ended.toInstant(),
                            rs.getBoolean("late"),
                            rs.getBoolean("dissatisfied"),
                            rs.getString("received_by_name"),
                            rs.getBoolean("apologized"));
                })
                .list());
    }

    /** PgJDBC binds a {@code Long[]} as {@code bigint[]}, for {@code = any(…)}. */
    private static Long[] ids(Collection<Long> offices) {
        return offices.toArray(Long[]::new);
    }
}
