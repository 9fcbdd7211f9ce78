package vn.motcua.server.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.dossier.DossierTestKit;

/**
 * The monthly summaries (V25, V26) against the same figures read dossier by dossier and rating by rating, on
 * hand-worked dossiers around the local midnights of Asia/Ho_Chi_Minh (UTC+7: 1 July 00:00 there is 30 June 17:00 UTC).
 * The rows are written in SQL with their outcome columns as the dossier module writes them, so the triggers that keep
 * the summaries see plain inserts and updates.
 */
@IntegrationTest
class MonthlySummariesTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant JUNE = Instant.parse("2026-05-31T17:00:00Z");
    private static final Instant JULY = Instant.parse("2026-06-30T17:00:00Z");
    private static final Instant AUGUST = Instant.parse("2026-07-31T17:00:00Z");

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IndicatorQueries queries;

    long office;
    long procedure;
    long area;
    long counter;
    int registered;

    @BeforeEach
    void dossiersAroundMidnights() {
        DossierTestKit kit = new DossierTestKit(fixtures, jdbc);
        office = kit.id();
        procedure = kit.procedure(7).id();
        area = jdbc.sql("select area_id from procedure where id = ?")
                .param(procedure)
                .query(Long.class)
                .single();
        counter = jdbc.sql("select min(id) from counter where office_id = ?")
                .param(office)
                .query(Long.class)
                .single();
        // received at the last second of June, ended and due at the first instant of July: on time (end = deadline)
        dossier(JULY.minusSeconds(1), JULY, JULY, false, 3600L, null);
        // received at the first instant of July, open, due at the last second of July; its ticket rated "not satisfied"
        // at that same first instant
        dossier(JULY, null, AUGUST.minusSeconds(1), false, null, rated("DISSATISFIED", JULY));
        // ended at the last second of May, after its deadline
        dossier(
                Instant.parse("2026-05-20T03:00:00Z"),
                JUNE.minusSeconds(1),
                JUNE.minusSeconds(3600),
                false,
                9000L,
                null);
        // asked to complete twice: late whatever the dates; ended mid-July
        dossier(Instant.parse("2026-06-10T03:00:00Z"), Instant.parse("2026-07-15T03:00:00Z"), JULY, true, 36000L, null);
        // on time in June, its ticket rated "not satisfied" at the last second of May
        dossier(
                Instant.parse("2026-06-15T03:00:00Z"),
                Instant.parse("2026-06-20T03:00:00Z"),
                Instant.parse("2026-06-25T10:00:00Z"),
                false,
                7200L,
                rated("DISSATISFIED", JUNE.minusSeconds(1)));
        // withdrawn after it was counted: leaves a summary row at zero behind
        long withdrawn = dossier(Instant.parse("2026-06-16T03:00:00Z"), null, JULY, false, null, null);
        jdbc.sql("update dossier set outcome_counted = false where id = ?")
                .param(withdrawn)
                .update();
        // moved to its end after it was recorded open: the summary takes the open one away
        long resolved = dossier(
                Instant.parse("2026-07-02T03:00:00Z"), null, Instant.parse("2026-07-20T10:00:00Z"), false, null, null);
        jdbc.sql("update dossier set outcome_end_at = ?, outcome_handling_seconds = 5400 where id = ?")
                .params(Timestamp.from(Instant.parse("2026-07-03T03:00:00Z")), resolved)
                .update();
        rated("VERY_SATISFIED", AUGUST.minusSeconds(1));
        rated("SATISFIED", AUGUST);
    }

    @Test
    void june_is_counted_by_hand_with_its_midnight_edges() {
        Map<IndicatorQueries.Key, Counts> june = summed("2026-06", JULY);

        // handled: the last-second one, the forced one and the mid-June one; ratings: none in local June
        assertThat(june).containsExactly(Map.entry(key(), new Counts(3, 2, 3, 46800, 1, 0, 0, 0, 0)));
    }

    @Test
    void the_summaries_give_what_every_dossier_and_rating_read_one_by_one_give() {
        List<String> periods = List.of("2026-05", "2026-06", "2026-07", "2026-08", "2026-Q2", "2026-Q3", "2026");
        List<Instant> moments = List.of(
                JULY.minusSeconds(1),
                JULY,
                Instant.parse("2026-07-03T03:00:00Z"),
                Instant.parse("2026-07-15T03:00:00Z"),
                AUGUST.minusSeconds(1),
                AUGUST,
                Instant.parse("2027-02-01T00:00:00Z"));
        for (String label : periods) {
            Period period = Period.parse(label).orElseThrow();
            Instant from = period.from().atStartOfDay(ZONE).toInstant();
            Instant to = period.to().atStartOfDay(ZONE).toInstant();
            for (Instant now : moments) {
                // as Indicators asks: a period still running is judged now
                Instant asOf = now.isBefore(to) ? now : to;
                assertThat(summed(label, asOf))
                        .as("%s judged at %s", label, asOf)
                        .isEqualTo(queries.countedOneByOne(List.of(office), from, to, asOf));
            }
        }
        // the comparison is of something: July's end sees the open dossier late and the ratings of local July
        assertThat(summed("2026-07", AUGUST).get(key())).isEqualTo(new Counts(4, 2, 1, 5400, 1, 2, 1, 0, 1));
    }

    private Map<IndicatorQueries.Key, Counts> summed(String label, Instant asOf) {
        Period period = Period.parse(label).orElseThrow();
        return queries.counts(List.of(office), ZONE, period.from(), period.to(), asOf);
    }

    private IndicatorQueries.Key key() {
        return new IndicatorQueries.Key(office, area);
    }

    /** A served ticket of the office rated at {@code at}; its id. */
    private UUID rated(String level, Instant at) {
        UUID ticket = UUID.randomUUID();
        jdbc.sql("""
                        insert into ticket (id, office_id, day, issue_area_id, area_id, number, code, status, counter_id,
                            issued_at, queued_at, finished_at, updated_at)
                        values (?, ?, (?::timestamptz at time zone 'Asia/Ho_Chi_Minh')::date, ?, ?, ?, ?, 'DONE', ?,
                            ?, ?, ?, ?)""")
                .params(
                        ticket,
                        office,
                        Timestamp.from(at),
                        area,
                        area,
                        ++registered,
                        "A" + registered,
                        counter,
                        Timestamp.from(at),
                        Timestamp.from(at),
                        Timestamp.from(at),
                        Timestamp.from(at))
                .update();
        jdbc.sql("insert into rating (ticket_id, office_id, counter_id, area_id, level, created_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(ticket, office, counter, area, level, Timestamp.from(at))
                .update();
        return ticket;
    }

    /** A dossier with the outcome the dossier module records, its "not satisfied" mark read from its ticket's rating. */
    private long dossier(
            Instant received, Instant end, Instant deadline, boolean lateForced, Long handlingSeconds, UUID ticket) {
        return jdbc.sql("""
                        insert into dossier (code, office_id, procedure_id, procedure_name, processing_days,
                            applicant_name, applicant_id_number, applicant_address, documents, delivery, ticket_id,
                            status, received_at, due_at, received_by, received_by_name, register_year,
                            register_number, outcome_end_at, outcome_deadline_at, outcome_late_forced,
                            outcome_handling_seconds, outcome_dissatisfied)
                        values (?, ?, ?, 'Đăng ký khai sinh', 7, 'Công dân', '001200000001', 'Phú Thọ', '[]',
                            'COUNTER', ?, 'PROCESSING', ?, ?::timestamptz at time zone 'Asia/Ho_Chi_Minh', 'staff:0',
                            'Cán bộ', 2026, ?, ?, ?, ?, ?,
                            coalesce((select r.level = 'DISSATISFIED' from rating_v r where r.ticket_id = ?), false))
                        returning id""")
                .params(
                        "S" + UUID.randomUUID(),
                        office,
                        procedure,
                        ticket,
                        Timestamp.from(received),
                        Timestamp.from(deadline),
                        ++registered,
                        end == null ? null : Timestamp.from(end),
                        Timestamp.from(deadline),
                        lateForced,
                        handlingSeconds,
                        ticket)
                .query(Long.class)
                .single();
    }
}
