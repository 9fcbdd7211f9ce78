package vn.motcua.server.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.client.api.DossierApplicant;
import vn.motcua.client.api.DossierDelivery;
import vn.motcua.client.api.DossierDocument;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.NotificationChannel;
import vn.motcua.server.security.Caller;

/** Dossiers, their status history and the daily code counters in PostgreSQL. */
@Repository
class DossierStore {

    private static final TypeReference<List<DossierDocument>> DOCUMENTS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    DossierStore(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
    }

    /**
     * The next sequence number of the agency's day, or empty once 9999 are used. Must run in the registering
     * transaction: the counter row stays locked until it commits, so numbers are handed out in commit order
     * and a failed registration gives its number back.
     */
    OptionalInt nextSequence(String agencyCode, LocalDate day) {
        return jdbc.sql("""
                        insert into dossier_code_counter (agency_code, day, last_number) values (?, ?, 1)
                        on conflict (agency_code, day) do update set last_number = dossier_code_counter.last_number + 1
                        where dossier_code_counter.last_number < 9999
                        returning last_number""")
                .params(agencyCode, day)
                .query(Integer.class)
                .optional()
                .map(OptionalInt::of)
                .orElse(OptionalInt.empty());
    }

    /**
     * The next entry of the office's register book of {@code year} (Sổ theo dõi hồ sơ, one book a year). Same
     * locking as {@link #nextSequence}: taken in the registering transaction, after the code's sequence (always in
     * that order, so two registrations never wait on each other crosswise), numbers follow commit order without gaps.
     */
    int nextRegisterNumber(long officeId, int year) {
        return jdbc.sql("""
                        insert into dossier_register_counter (office_id, year, last_number) values (?, ?, 1)
                        on conflict (office_id, year) do update
                        set last_number = dossier_register_counter.last_number + 1
                        returning last_number""").params(officeId, year).query(Integer.class).single();
    }

    /** The dossier's register entry and the number of sets it was handed in as. */
    RegisterPlace registerPlace(long dossierId) {
        return jdbc.sql("select register_year, register_number, dossier_sets from dossier where id = ?")
                .param(dossierId)
                .query((rs, n) -> new RegisterPlace(
                        rs.getInt("register_year"), rs.getInt("register_number"), rs.getInt("dossier_sets")))
                .single();
    }

    record RegisterPlace(int year, int number, int sets) {}

    DossierRow insert(
            String code,
            long officeId,
            long procedureId,
            String procedureName,
            int processingDays,
            DossierApplicant applicant,
            List<DossierDocument> documents,
            DossierDelivery delivery,
            String ticketId,
            DossierStatus status,
            Instant receivedAt,
            LocalDateTime dueAt,
            Caller receivedBy,
            RegisterPlace register) {
        long id = jdbc.sql("""
                        insert into dossier (code, office_id, procedure_id, procedure_name, processing_days, applicant_name,
                            applicant_id_number, applicant_address, applicant_phone, applicant_email, documents, delivery,
                            ticket_id, status, received_at, due_at, received_by, received_by_name, register_year,
                            register_number, dossier_sets, notify_by, notify_language)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                                string_to_array(?, ','), ?) returning id""")
                .params(
                        code,
                        officeId,
                        procedureId,
                        procedureName,
                        processingDays,
                        applicant.name(),
                        applicant.idNumber(),
                        applicant.address(),
                        applicant.phone(),
                        applicant.email(),
                        json.writeValueAsString(documents),
                        delivery.name(),
                        ticketId == null ? null : UUID.fromString(ticketId),
                        status.name(),
                        Timestamp.from(receivedAt),
                        Timestamp.valueOf(dueAt),
                        receivedBy.subject(),
                        receivedBy.name(),
                        register.year(),
                        register.number(),
                        register.sets(),
                        String.join(
                                ",",
                                applicant.notifyBy().stream().map(Enum::name).toList()),
                        applicant.notifyLanguage())
                .query(Long.class)
                .single();
        return new DossierRow(
                id,
                code,
                officeId,
                procedureId,
                procedureName,
                processingDays,
                applicant,
                documents,
                delivery,
                ticketId,
                status,
                receivedAt,
                dueAt,
                receivedBy.name(),
                null,
                null,
                null,
                null,
                null,
                false);
    }

    Optional<DossierRow> find(long officeId, String code) {
        return jdbc.sql("select * from dossier where office_id = ? and code = ?")
                .params(officeId, code)
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** Finds and locks the dossier until the transaction ends, so two changes to it cannot interleave. */
    Optional<DossierRow> lock(long officeId, String code) {
        return jdbc.sql("select * from dossier where office_id = ? and code = ? for update")
                .params(officeId, code)
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** For the public page, which knows only the code. */
    Optional<DossierRow> findByCode(String code) {
        return jdbc.sql("select * from dossier where code = ?")
                .param(code)
                .query((rs, n) -> row(rs))
                .optional();
    }

    List<StatusEntry> history(long dossierId) {
        return jdbc.sql("select status, changed_at, changed_by_name, note from dossier_status_change"
                        + " where dossier_id = ? order by id")
                .param(dossierId)
                .query((rs, n) -> new StatusEntry(
                        DossierStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("changed_by_name"),
                        rs.getString("note")))
                .list();
    }

    void changeStatus(long dossierId, DossierStatus status, Instant at, Caller by, String note) {
        DossierStatusChanged changed = jdbc.sql("update dossier set status = ? where id = ? returning office_id, code")
                .params(status.name(), dossierId)
                .query((rs, n) -> new DossierStatusChanged(rs.getLong("office_id"), rs.getString("code"), status, at))
                .single();
        jdbc.sql("insert into dossier_status_change (dossier_id, status, changed_at, changed_by, changed_by_name, note)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(dossierId, status.name(), Timestamp.from(at), by.subject(), by.name(), note)
                .update();
        events.publishEvent(changed);
    }

    void recordApology(
            long dossierId,
            String reason,
            LocalDateTime newDueAt,
            Instant issuedAt,
            String signerTitle,
            String signerName,
            boolean late) {
        jdbc.sql("update dossier set apology_reason = ?, apology_new_due_at = ?, apology_issued_at = ?,"
                        + " apology_signer_title = ?, apology_signer_name = ?, apology_late = ? where id = ?")
                .params(
                        reason,
                        Timestamp.valueOf(newDueAt),
                        Timestamp.from(issuedAt),
                        signerTitle,
                        signerName,
                        late,
                        dossierId)
                .update();
    }

    private DossierRow row(ResultSet rs) throws SQLException {
        Timestamp apologyDue = rs.getTimestamp("apology_new_due_at");
        Timestamp apologyAt = rs.getTimestamp("apology_issued_at");
        return new DossierRow(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getLong("office_id"),
                rs.getLong("procedure_id"),
                rs.getString("procedure_name"),
                rs.getInt("processing_days"),
                new DossierApplicant(
                        rs.getString("applicant_name"),
                        rs.getString("applicant_id_number"),
                        rs.getString("applicant_address"),
                        rs.getString("applicant_phone"),
                        rs.getString("applicant_email"),
                        Arrays.stream((String[]) rs.getArray("notify_by").getArray())
                                .map(NotificationChannel::valueOf)
                                .toList(),
                        rs.getString("notify_language")),
                json.readValue(rs.getString("documents"), DOCUMENTS),
                DossierDelivery.valueOf(rs.getString("delivery")),
                rs.getString("ticket_id"),
                DossierStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("received_at").toInstant(),
                rs.getTimestamp("due_at").toLocalDateTime(),
                rs.getString("received_by_name"),
                rs.getString("apology_reason"),
                apologyDue == null ? null : apologyDue.toLocalDateTime(),
                apologyAt == null ? null : apologyAt.toInstant(),
                rs.getString("apology_signer_title"),
                rs.getString("apology_signer_name"),
                rs.getBoolean("apology_late"));
    }
}
