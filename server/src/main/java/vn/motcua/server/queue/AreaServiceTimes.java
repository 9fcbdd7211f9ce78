package vn.motcua.server.queue;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Waiting and service times per service area over local days, by the definitions of the head's service-time review
 * ({@link ServiceTimesController}): served tickets only, waiting from issue to the last call, service from start to
 * finish. For other modules (the head's monthly report).
 */
@Component
public class AreaServiceTimes {

    /** Minutes a served ticket waited: to its last call, since a recalled citizen waited until then. */
    static final String WAIT = "extract(epoch from called_at - issued_at) / 60";

    /** Minutes a served ticket was served. */
    static final String SERVICE = "extract(epoch from finished_at - started_at) / 60";

    /** An area's figures; the minutes are null when it served nobody. */
    public record Figures(
            long areaId,
            long served,
            Double medianWaitMinutes,
            Double averageWaitMinutes,
            Double medianServiceMinutes,
            Double averageServiceMinutes) {}

    private final JdbcClient jdbc;

    AreaServiceTimes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The areas that served someone from {@code from} to {@code to}, both included, by area id. */
    public List<Figures> of(long officeId, LocalDate from, LocalDate to) {
        return jdbc.sql("select area_id, count(*) as served,"
                        + " percentile_cont(0.5) within group (order by " + WAIT + ") as median_wait,"
                        + " avg(" + WAIT + ") as average_wait,"
                        + " percentile_cont(0.5) within group (order by " + SERVICE + ") as median_service,"
                        + " avg(" + SERVICE + ") as average_service"
                        + " from ticket where office_id = ? and day between ? and ? and status = 'DONE'"
                        + " group by area_id order by area_id")
                .params(officeId, from, to)
                .query((rs, n) -> new Figures(
                        rs.getLong("area_id"),
                        rs.getLong("served"),
                        rs.getDouble("median_wait"),
                        rs.getDouble("average_wait"),
                        rs.getDouble("median_service"),
                        rs.getDouble("average_service")))
                .list();
    }
}
