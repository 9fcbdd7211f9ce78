package vn.motcua.server.dossier;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.motcua.client.api.StaffDossierWork;
import vn.motcua.server.office.OfficeDirectory;

/**
 * What each staff member did with dossiers over a period of office-local days (both ends included), for the
 * head's review of clerk productivity. Received: dossiers they registered at the desk. Handled: dossiers whose
 * hand-over they recorded (decision 0014: the hand-over log is the only trail of who moved a dossier on; its
 * officers are free text, so the recording account is what ties it to a clerk). Returned: dossiers they set to
 * RETURNED, the result handed back to the citizen. Each is counted once per person however often it happened,
 * and an area filter keeps the dossiers of that area's procedures.
 */
@Service
class DossierWorkOfStaff {

    private final JdbcClient jdbc;
    private final OfficeDirectory offices;

    DossierWorkOfStaff(JdbcClient jdbc, OfficeDirectory offices) {
        this.jdbc = jdbc;
        this.offices = offices;
    }

    /** Staff with at least one dossier in the period, most dossiers first. */
    List<StaffDossierWork> between(long officeId, LocalDate from, LocalDate to, Long areaId) {
        ZoneId zone = offices.get(officeId).zone();
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("office", officeId)
                .addValue("start", Timestamp.from(from.atStartOfDay(zone).toInstant()))
                .addValue(
                        "end", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
                .addValue("area", areaId, Types.BIGINT);
        return jdbc.sql("""
                        with scope as (
                            select d.id, d.received_at, d.received_by from dossier d
                            join procedure p on p.id = d.procedure_id
                            where d.office_id = :office and (:area::bigint is null or p.area_id = :area)),
                        received as (
                            select received_by as who, count(*) as n from scope
                            where received_at >= :start and received_at < :end group by 1),
                        handled as (
                            select h.recorded_by as who, count(distinct h.dossier_id) as n
                            from dossier_handover h join scope on scope.id = h.dossier_id
                            where h.handed_at >= :start and h.handed_at < :end group by 1),
                        returned as (
                            select c.changed_by as who, count(distinct c.dossier_id) as n
                            from dossier_status_change c join scope on scope.id = c.dossier_id
                            where c.status = 'RETURNED' and c.changed_at >= :start and c.changed_at < :end group by 1),
                        work as (
                            select who, coalesce(received.n, 0) as received, coalesce(handled.n, 0) as handled,
                                   coalesce(returned.n, 0) as returned
                            from received full join handled using (who) full join returned using (who))
                        select s.id, s.full_name, w.received, w.handled, w.returned from work w
                        join staff s on 'staff:' || s.id = w.who
                        order by w.received + w.handled + w.returned desc, s.full_name""")
                .paramSource(params)
                .query((rs, n) -> new StaffDossierWork(
                        rs.getLong("id"),
                        rs.getString("full_name"),
                        rs.getLong("received"),
                        rs.getLong("handled"),
                        rs.getLong("returned")))
                .list();
    }
}
