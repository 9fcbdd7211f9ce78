package vn.motcua.server.norm;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.client.api.ServiceNorms;

/** The norm_office and norm_area tables: an office's norms, replaced as a whole by its admin. */
@Component
class NormSettings {

    private final JdbcClient jdbc;

    NormSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ServiceNorms of(long officeId) {
        return find(officeId).orElse(ServiceNorms.none());
    }

    /** The queue state and time the office's last recorded check saw. */
    record Checked(long seq, Instant at) {}

    /**
     * Locks the office's norms until the transaction ends, so that checks of one office, on any instance, record one
     * after the other; empty when the office has no norms.
     */
    Optional<Checked> lock(long officeId) {
        return jdbc.sql("select checked_seq, checked_at from norm_office where office_id = ? for update")
                .param(officeId)
                .query((rs, n) -> {
                    Timestamp at = rs.getTimestamp("checked_at");
                    return new Checked(rs.getLong("checked_seq"), at == null ? Instant.MIN : at.toInstant());
                })
                .optional();
    }

    void checked(long officeId, Checked checked) {
        jdbc.sql("update norm_office set checked_seq = ?, checked_at = ? where office_id = ?")
                .params(checked.seq(), Timestamp.from(checked.at()), officeId)
                .update();
    }

    List<Long> officesWithNorms() {
        return jdbc.sql("select office_id from norm_office").query(Long.class).list();
    }

    /**
     * In one transaction, so that a check never reads half of a change; the upsert takes the office row's lock
     * first, so two admins saving at once run one after the other, and in the same order as a check (office row,
     * then areas), which cannot deadlock with it.
     */
    @Transactional
    void replace(long officeId, ServiceNorms norms) {
        jdbc.sql("""
                        insert into norm_office (office_id, max_waiting_tickets, idle_counter_minutes, email_alerts)
                        values (?, ?, ?, ?)
                        on conflict (office_id) do update set max_waiting_tickets = excluded.max_waiting_tickets,
                            idle_counter_minutes = excluded.idle_counter_minutes, email_alerts = excluded.email_alerts""")
                .params(officeId, norms.maxWaitingTickets(), norms.idleCounterMinutes(), norms.emailAlerts())
                .update();
        jdbc.sql("delete from norm_area where office_id = ?").param(officeId).update();
        for (ServiceNorms.AreaNorm area : norms.areas()) {
            jdbc.sql("""
                            insert into norm_area (area_id, office_id, max_wait_minutes, max_service_minutes)
                            values (?, ?, ?, ?)""")
                    .params(area.areaId(), officeId, area.maxWaitMinutes(), area.maxServiceMinutes())
                    .update();
        }
    }

    /** The office's norms; empty where its admin never set any, so that its queue need not be watched. */
    Optional<ServiceNorms> find(long officeId) {
        return jdbc.sql("""
                        select max_waiting_tickets, idle_counter_minutes, email_alerts
                        from norm_office where office_id = ?""")
                .param(officeId)
                .query((rs, n) -> new ServiceNorms(
                        (Integer) rs.getObject("max_waiting_tickets"),
                        (Integer) rs.getObject("idle_counter_minutes"),
                        rs.getBoolean("email_alerts"),
                        List.of()))
                .optional()
                .map(office -> new ServiceNorms(
                        office.maxWaitingTickets(),
                        office.idleCounterMinutes(),
                        office.emailAlerts(),
                        areas(officeId)));
    }

    private List<ServiceNorms.AreaNorm> areas(long officeId) {
        return jdbc.sql("""
                        select area_id, max_wait_minutes, max_service_minutes from norm_area
                        where office_id = ? order by area_id""")
                .param(officeId)
                .query((rs, n) -> new ServiceNorms.AreaNorm(
                        rs.getLong("area_id"), (Integer) rs.getObject("max_wait_minutes"), (Integer)
                                rs.getObject("max_service_minutes")))
                .list();
    }
}
