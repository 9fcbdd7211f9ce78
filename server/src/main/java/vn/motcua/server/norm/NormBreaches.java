package vn.motcua.server.norm;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.client.api.NormBreach;
import vn.motcua.client.api.NormKind;

/** The norm_breach table: each breach from start to end, one lasting row per kind and subject at most. */
@Component
class NormBreaches {

    private static final String COLUMNS = "id, office_id, kind, subject, area_id, counter_id, ticket_id, ticket_code,"
            + " norm_limit, worst, started_at, ended_at";

    private final JdbcClient jdbc;

    NormBreaches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A breach as recorded, with the subject it is matched on. */
    record Row(String subject, NormBreach breach) {}

    List<Row> lasting(long officeId) {
        return jdbc.sql("select " + COLUMNS + " from norm_breach where office_id = ? and ended_at is null order by id")
                .param(officeId)
                .query(NormBreaches::row)
                .list();
    }

    /**
     * Records a breach that starts now; empty when one of that kind and subject already lasts. The partial unique
     * index, not this instance's memory, decides: two instances seeing it at once record it once.
     */
    Optional<NormBreach> start(long officeId, Found found, Instant at) {
        return jdbc.sql("""
                        insert into norm_breach (office_id, kind, subject, area_id, counter_id, ticket_id, ticket_code,
                                                 norm_limit, worst, started_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (office_id, kind, subject) where ended_at is null do nothing
                        returning\s""" + COLUMNS)
                .params(
                        officeId,
                        found.kind().name(),
                        found.subject(),
                        found.areaId(),
                        found.counterId(),
                        found.ticketId() == null ? null : UUID.fromString(found.ticketId()),
                        found.ticketCode(),
                        found.limit(),
                        found.value(),
                        Timestamp.from(at))
                .query(NormBreaches::row)
                .optional()
                .map(Row::breach);
    }

    /** Keeps the largest value seen; written only when it grows (waits grow by the minute, not by the check). */
    void worsen(long id, int value) {
        jdbc.sql("update norm_breach set worst = ? where id = ? and worst < ?")
                .params(value, id, value)
                .update();
    }

    /** Ends a lasting breach; empty when it had already ended (another instance saw it clear first). */
    Optional<NormBreach> end(long id, Instant at) {
        return jdbc.sql("update norm_breach set ended_at = ? where id = ? and ended_at is null returning " + COLUMNS)
                .params(Timestamp.from(at), id)
                .query(NormBreaches::row)
                .optional()
                .map(Row::breach);
    }

    /** The breaches that started in [from, to), oldest first. */
    List<NormBreach> startedBetween(long officeId, Instant from, Instant to) {
        return jdbc
                .sql("select " + COLUMNS + """
                         from norm_breach where office_id = ? and started_at >= ? and started_at < ?
                        order by started_at, id""")
                .params(officeId, Timestamp.from(from), Timestamp.from(to))
                .query(NormBreaches::row)
                .list()
                .stream()
                .map(Row::breach)
                .toList();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp ended = rs.getTimestamp("ended_at");
        Object ticket = rs.getObject("ticket_id");
        return new Row(
                rs.getString("subject"),
                new NormBreach(
                        rs.getLong("id"),
                        rs.getLong("office_id"),
                        NormKind.valueOf(rs.getString("kind")),
                        (Long) rs.getObject("area_id"),
                        (Long) rs.getObject("counter_id"),
                        ticket == null ? null : ticket.toString(),
                        rs.getString("ticket_code"),
                        rs.getInt("norm_limit"),
                        rs.getInt("worst"),
                        rs.getTimestamp("started_at").toInstant(),
                        ended == null ? null : ended.toInstant()));
    }
}
