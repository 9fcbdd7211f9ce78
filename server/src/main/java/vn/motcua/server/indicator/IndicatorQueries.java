package vn.motcua.server.indicator;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.client.api.IndicatorDossier;

/**
 * The aggregates behind the indicators, in SQL over the views the owning modules publish ({@code dossier_outcome_v}
 * of the dossier module, {@code rating_v} of the rating module): one pass per question, grouped by office and area,
 * so a province's year comes back as a few hundred rows whatever the number of dossiers.
 */
@Repository
class IndicatorQueries {

    /** One office's area, or the office's dossiers without an area ({@code areaId} null). */
    record Key(long officeId, Long areaId) {}

    /** A dossier is judged at its end, or at the period's end (or now, if sooner) while still open then. */
    private static final String HANDLED = """
            from dossier_outcome_v d left join rating_v rt on rt.ticket_id = d.ticket_id
            where d.office_id = any(:offices) and d.received_at < :to
              and (d.ended_at is null or d.ended_at >= :from)""";

    private static final String ON_TIME =
            "(not d.late_forced and least(coalesce(d.ended_at, :asOf), :asOf) <= d.deadline_at)";

    /** A join on the ticket (one rating each) rather than EXISTS, which PostgreSQL ran as a scan of every rating. */
    private static final String DISSATISFIED = "coalesce(rt.level = 'DISSATISFIED', false)";

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

    Map<Key, Counts> counts(Collection<Long> offices, Instant from, Instant to, Instant asOf) {
        return withoutJit(() -> countsOf(offices, from, to, asOf));
    }

    private Map<Key, Counts> countsOf(Collection<Long> offices, Instant from, Instant to, Instant asOf) {
        Long[] ids = ids(offices);
        Map<Key, Counts> counts = new HashMap<>();
        jdbc.sql("select d.office_id, d.area_id, count(*) as handled,"
                        + " count(*) filter (where " + ON_TIME + ") as on_time,"
                        + " count(*) filter (where d.handling_seconds is not null and d.received_at >= :from)"
                        + "   as completed,"
                        + " coalesce(sum(d.handling_seconds) filter (where d.received_at >= :from), 0) as handling,"
                        + " count(*) filter (where " + DISSATISFIED + ") as dissatisfied "
                        + HANDLED + " group by d.office_id, d.area_id")
                .param("offices", ids)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("asOf", Timestamp.from(asOf))
                .query(rs -> {
                    Key key = new Key(rs.getLong("office_id"), (Long) rs.getObject("area_id"));
                    counts.put(
                            key,
                            Counts.NONE.withDossiers(
                                    rs.getLong("handled"),
                                    rs.getLong("on_time"),
                                    rs.getLong("completed"),
                                    rs.getLong("handling"),
                                    rs.getLong("dissatisfied")));
                });
        jdbc.sql("""
                        select r.office_id, r.area_id, count(*) as ratings,
                            count(*) filter (where r.level = 'VERY_SATISFIED') as very,
                            count(*) filter (where r.level = 'SATISFIED') as satisfied,
                            count(*) filter (where r.level = 'DISSATISFIED') as not_satisfied
                        from rating_v r
                        where r.office_id = any(:offices) and r.created_at >= :from and r.created_at < :to
                        group by r.office_id, r.area_id""")
                .param("offices", ids)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(rs -> {
                    Key key = new Key(rs.getLong("office_id"), rs.getLong("area_id"));
                    counts.put(
                            key,
                            counts.getOrDefault(key, Counts.NONE)
                                    .withRatings(
                                            rs.getLong("ratings"),
                                            rs.getLong("very"),
                                            rs.getLong("satisfied"),
                                            rs.getLong("not_satisfied")));
                });
        return counts;
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
