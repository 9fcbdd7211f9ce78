package vn.motcua.server.dossier;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.server.security.Caller;

/** The supplement requests (Mẫu 02), refusals (Mẫu 03) and stop notices issued for dossiers, in PostgreSQL. */
@Repository
class NoticeStore {

    enum Kind {
        SUPPLEMENT,
        REFUSAL,
        STOP
    }

    /** @param deadline null when the clerk set none */
    record Notice(List<String> items, String reason, LocalDate deadline, Instant issuedAt, String issuedByName) {}

    private static final TypeReference<List<String>> ITEMS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    NoticeStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void record(
            long dossierId, Kind kind, List<String> items, String reason, LocalDate deadline, Instant at, Caller by) {
        jdbc.sql("""
                        insert into dossier_notice (dossier_id, kind, items, reason, deadline, issued_at, issued_by,
                            issued_by_name) values (?, ?, ?::jsonb, ?, ?, ?, ?, ?)""")
                .params(
                        dossierId,
                        kind.name(),
                        json.writeValueAsString(items),
                        reason,
                        deadline == null ? null : Date.valueOf(deadline),
                        Timestamp.from(at),
                        by.subject(),
                        by.name())
                .update();
    }

    Optional<Notice> latest(long dossierId, Kind kind) {
        return jdbc.sql("select * from dossier_notice where dossier_id = ? and kind = ? order by id desc limit 1")
                .params(dossierId, kind.name())
                .query((rs, n) -> {
                    Date deadline = rs.getDate("deadline");
                    return new Notice(
                            json.readValue(rs.getString("items"), ITEMS),
                            rs.getString("reason"),
                            deadline == null ? null : deadline.toLocalDate(),
                            rs.getTimestamp("issued_at").toInstant(),
                            rs.getString("issued_by_name"));
                })
                .optional();
    }
}
