package vn.motcua.server.queue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.ServiceTimes;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.security.Access;
import vn.motcua.server.shared.BadRequestException;

/**
 * Waiting and service times of served tickets for the department head. Waiting runs from issue to the
 * last call (a recalled citizen waited until then); service from start to finish. Bands of 5 minutes up
 * to an hour, then one open band.
 */
@RestController
@Tag(name = "tickets")
class ServiceTimesController {

    private static final int BAND_MINUTES = 5;
    private static final int BANDS = 12;

    private final JdbcClient jdbc;
    private final OfficeDirectory offices;
    private final Access access;

    ServiceTimesController(JdbcClient jdbc, OfficeDirectory offices, Access access) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.access = access;
    }

    @GetMapping("/api/v1/offices/{officeId}/service-times")
    @Operation(
            summary = "Waiting- and service-time distributions and clerk throughput of a period",
            description = "Callers: HEAD or ADMIN of the office. from/to are local days, both included.")
    ServiceTimes times(
            @PathVariable long officeId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long areaId) {
        access.require(officeId, Role.HEAD, Role.ADMIN);
        if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
            throw new BadRequestException("to", "The period must run forwards and last at most 366 days");
        }
        ZoneId zone = offices.get(officeId).zone();
        Object[] period = {officeId, from, to, areaId, areaId};
        String served = """
                from ticket where office_id = ? and day between ? and ? and status = 'DONE'
                  and (?::bigint is null or area_id = ?)""";
        List<ServiceTimes.Band> waiting = bands(jdbc.sql("select floor(" + AreaServiceTimes.WAIT
                        + ")::int as m, count(*) as n " + served + " group by 1")
                .params(period));
        List<ServiceTimes.Band> service = bands(jdbc.sql("select floor(" + AreaServiceTimes.SERVICE
                        + ")::int as m, count(*) as n " + served + " group by 1")
                .params(period));
        List<ServiceTimes.ClerkFigures> clerks = jdbc.sql("""
                        select t.clerk_id, s.full_name, count(*) as served,
                               avg(extract(epoch from t.finished_at - t.started_at)) / 60 as service,
                               avg(extract(epoch from t.called_at - t.issued_at)) / 60 as wait
                        from ticket t join staff s on s.id = t.clerk_id
                        where t.office_id = ? and t.day between ? and ? and t.status = 'DONE'
                          and (?::bigint is null or t.area_id = ?)
                        group by 1, 2 order by 3 desc""")
                .params(period)
                .query((rs, n) -> new ServiceTimes.ClerkFigures(
                        rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getDouble(4), rs.getDouble(5)))
                .list();
        return new ServiceTimes(from, to, waiting, service, clerks);
    }

    private static List<ServiceTimes.Band> bands(JdbcClient.StatementSpec query) {
        long[] counts = new long[BANDS + 1];
        query.query(rs -> {
            int minutes = Math.max(0, rs.getInt("m"));
            counts[Math.min(BANDS, minutes / BAND_MINUTES)] += rs.getLong("n");
        });
        List<ServiceTimes.Band> bands = new ArrayList<>();
        for (int i = 0; i <= BANDS; i++) {
            bands.add(new ServiceTimes.Band(i * BAND_MINUTES, i == BANDS ? null : (i + 1) * BAND_MINUTES, counts[i]));
        }
        return bands;
    }
}
