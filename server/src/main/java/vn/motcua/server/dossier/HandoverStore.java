package vn.motcua.server.dossier;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.client.api.DossierHandover;
import vn.motcua.server.security.Caller;

/** The hand-overs of dossiers (table {@code dossier_handover}), in the order they happened. */
@Repository
class HandoverStore {

    private final JdbcClient jdbc;

    HandoverStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DossierHandover> of(long dossierId) {
        return jdbc.sql("""
                        select handed_at, from_unit, from_officer, to_unit, to_officer, note, recorded_by_name
                        from dossier_handover where dossier_id = ? order by handed_at, id""")
                .param(dossierId)
                .query((rs, n) -> new DossierHandover(
                        rs.getTimestamp("handed_at").toInstant(),
                        rs.getString("from_unit"),
                        rs.getString("from_officer"),
                        rs.getString("to_unit"),
                        rs.getString("to_officer"),
                        rs.getString("note"),
                        rs.getString("recorded_by_name")))
                .list();
    }

    void insert(long dossierId, DossierHandover h, Instant recordedAt, Caller by) {
        jdbc.sql("""
                        insert into dossier_handover (dossier_id, handed_at, from_unit, from_officer, to_unit, to_officer,
                            note, recorded_at, recorded_by, recorded_by_name)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        dossierId,
                        Timestamp.from(h.at()),
                        h.fromUnit(),
                        h.fromOfficer(),
                        h.toUnit(),
                        h.toOfficer(),
                        h.note(),
                        Timestamp.from(recordedAt),
                        by.subject(),
                        by.name())
                .update();
    }
}
