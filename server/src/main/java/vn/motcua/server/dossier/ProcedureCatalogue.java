package vn.motcua.server.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.client.api.ProcedureImportResult;
import vn.motcua.client.api.ProcedureRequest;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.client.text.VietnameseText;

/** The procedures of each office, stored as validated by {@link ProcedureRules}. */
@Repository
class ProcedureCatalogue {

    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {};
    private static final String COLUMNS =
            "id, code, name, area_id, processing_days, required_documents::text, fee, active";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProcedureCatalogue(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Accents are left out on both sides (V37): a query typed with or without them finds the same procedures. */
    List<ProcedureView> search(long officeId, String query, boolean includeInactive, int offset, int limit) {
        String pattern = "%"
                + VietnameseText.fold(query)
                        .strip()
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        return jdbc.sql("select " + COLUMNS + " from procedure where office_id = ? and (active or ?)"
                        + " and search_key like ? order by code, id offset ? limit ?")
                .params(officeId, includeInactive, pattern, offset, limit)
                .query((rs, n) -> view(rs))
                .list();
    }

    Optional<ProcedureView> find(long officeId, long procedureId) {
        return jdbc.sql("select " + COLUMNS + " from procedure where office_id = ? and id = ?")
                .params(officeId, procedureId)
                .query((rs, n) -> view(rs))
                .optional();
    }

    ProcedureView create(long officeId, ProcedureRequest p) {
        return jdbc.sql("insert into procedure (office_id, code, name, area_id, processing_days, required_documents,"
                        + " fee, active) values (?, ?, ?, ?, ?, ?::jsonb, ?, ?) returning " + COLUMNS)
                .params(
                        officeId,
                        p.code(),
                        p.name(),
                        p.areaId(),
                        p.processingDays(),
                        json.writeValueAsString(p.requiredDocuments()),
                        p.fee(),
                        p.active())
                .query((rs, n) -> view(rs))
                .single();
    }

    Optional<ProcedureView> update(long officeId, long procedureId, ProcedureRequest p) {
        return jdbc.sql("update procedure set code = ?, name = ?, area_id = ?, processing_days = ?,"
                        + " required_documents = ?::jsonb, fee = ?, active = ? where office_id = ? and id = ?"
                        + " returning " + COLUMNS)
                .params(
                        p.code(),
                        p.name(),
                        p.areaId(),
                        p.processingDays(),
                        json.writeValueAsString(p.requiredDocuments()),
                        p.fee(),
                        p.active(),
                        officeId,
                        procedureId)
                .query((rs, n) -> view(rs))
                .optional();
    }

    boolean codeTaken(long officeId, String code, Long exceptId) {
        return jdbc.sql("select exists (select 1 from procedure where office_id = ? and code = ? and id <> ?)")
                .params(officeId, code, exceptId == null ? -1L : exceptId)
                .query(Boolean.class)
                .single();
    }

    /** All or nothing: a procedure whose code the office already has is updated in place. */
    @Transactional
    ProcedureImportResult upsertAll(long officeId, List<ProcedureRequest> procedures) {
        int created = 0;
        for (ProcedureRequest p : procedures) {
            boolean inserted = jdbc.sql("insert into procedure (office_id, code, name, area_id, processing_days,"
                            + " required_documents, fee, active) values (?, ?, ?, ?, ?, ?::jsonb, ?, ?)"
                            + " on conflict (office_id, code) do update set name = excluded.name,"
                            + " area_id = excluded.area_id, processing_days = excluded.processing_days,"
                            + " required_documents = excluded.required_documents, fee = excluded.fee,"
                            + " active = excluded.active returning (xmax = 0)")
                    .params(
                            officeId,
                            p.code(),
                            p.name(),
                            p.areaId(),
                            p.processingDays(),
                            json.writeValueAsString(p.requiredDocuments()),
                            p.fee(),
                            p.active())
                    .query(Boolean.class)
                    .single();
            created += inserted ? 1 : 0;
        }
        return new ProcedureImportResult(created, procedures.size() - created);
    }

    private ProcedureView view(ResultSet rs) throws SQLException {
        return new ProcedureView(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getObject("area_id", Long.class),
                rs.getInt("processing_days"),
                json.readValue(rs.getString("required_documents"), NAMES),
                rs.getString("fee"),
                rs.getBoolean("active"));
    }
}
