package vn.motcua.server.rating;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.client.api.RatingLevel;
import vn.motcua.client.api.RatingSummary;
import vn.motcua.client.api.RatingView;
import vn.motcua.client.api.Role;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.queue.ServedTickets;
import vn.motcua.server.security.Access;
import vn.motcua.server.shared.BadRequestException;

/**
 * The department head's review of ratings: filter by period (local days, both ends included), service
 * area, counter and clerk. Callers: HEAD or ADMIN of the office.
 */
@RestController
@RequestMapping("/api/v1/offices/{officeId}/ratings")
@Tag(name = "ratings")
class RatingReviewController {

    private static final int MAX_DAYS = 366;

    private final JdbcClient jdbc;
    private final ServedTickets served;
    private final OfficeDirectory offices;
    private final Access access;

    RatingReviewController(JdbcClient jdbc, ServedTickets served, OfficeDirectory offices, Access access) {
        this.jdbc = jdbc;
        this.served = served;
        this.offices = offices;
        this.access = access;
    }

    @GetMapping
    @Operation(
            summary = "Single ratings with their comments, newest first (at most 500)",
            description = "Callers: HEAD or ADMIN of the office.")
    List<RatingView> list(
            @PathVariable long officeId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long areaId,
            @RequestParam(required = false) Long counterId,
            @RequestParam(required = false) Long clerkId) {
        access.require(officeId, Role.HEAD, Role.ADMIN);
        Filter f = filter(officeId, from, to, areaId, counterId, clerkId);
        List<RatingView> ratings = jdbc.sql("""
                        select r.* from rating r
                        where r.office_id = :office and r.created_at >= :start and r.created_at < :end
                          and (:area::bigint is null or r.area_id = :area)
                          and (:counter::bigint is null or r.counter_id = :counter)
                          and (:clerk::bigint is null or r.clerk_id = :clerk)
                        order by r.created_at desc limit 500""")
                .paramSource(f.params())
                .query((rs, n) -> new RatingView(
                        rs.getLong("id"),
                        rs.getString("ticket_id"),
                        null,
                        officeId,
                        rs.getLong("counter_id"),
                        (Long) rs.getObject("clerk_id"),
                        rs.getLong("area_id"),
                        RatingLevel.valueOf(rs.getString("level")),
                        Arrays.asList((String[]) rs.getArray("reasons").getArray()),
                        rs.getString("comment"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
        Map<String, String> codes = served.codes(
                ratings.stream().map(RatingView::ticketId).distinct().toList());
        return ratings.stream().map(r -> withCode(r, codes.get(r.ticketId()))).toList();
    }

    @GetMapping("/summary")
    @Operation(
            summary = "Counts and shares of the three levels and of the reasons, and the daily trend",
            description = "Callers: HEAD or ADMIN of the office.")
    RatingSummary summary(
            @PathVariable long officeId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long areaId,
            @RequestParam(required = false) Long counterId,
            @RequestParam(required = false) Long clerkId) {
        access.require(officeId, Role.HEAD, Role.ADMIN);
        Filter f = filter(officeId, from, to, areaId, counterId, clerkId);
        String where = """
                where r.office_id = :office and r.created_at >= :start and r.created_at < :end
                  and (:area::bigint is null or r.area_id = :area)
                  and (:counter::bigint is null or r.counter_id = :counter)
                  and (:clerk::bigint is null or r.clerk_id = :clerk)""";
        Map<LocalDate, Map<RatingLevel, Long>> days = new TreeMap<>();
        Map<RatingLevel, Long> levels = new EnumMap<>(RatingLevel.class);
        jdbc.sql("select (r.created_at at time zone :zone)::date as day, r.level, count(*) as n from rating r " + where
                        + " group by 1, 2")
                .paramSource(f.params())
                .query(rs -> {
                    RatingLevel level = RatingLevel.valueOf(rs.getString("level"));
                    long n = rs.getLong("n");
                    days.computeIfAbsent(rs.getObject("day", LocalDate.class), d -> new EnumMap<>(RatingLevel.class))
                            .merge(level, n, Long::sum);
                    levels.merge(level, n, Long::sum);
                });
        Map<String, Long> reasons = new LinkedHashMap<>();
        jdbc.sql("select reason, count(*) as n from rating r, unnest(r.reasons) as reason " + where
                        + " group by 1 order by 2 desc, 1")
                .paramSource(f.params())
                .query(rs -> {
                    reasons.put(rs.getString("reason"), rs.getLong("n"));
                });
        List<RatingSummary.Day> trend = new ArrayList<>();
        days.forEach((day, counts) -> trend.add(new RatingSummary.Day(day, counts)));
        long total = levels.values().stream().mapToLong(Long::longValue).sum();
        return new RatingSummary(from, to, total, levels, reasons, trend);
    }

    private Filter filter(long officeId, LocalDate from, LocalDate to, Long areaId, Long counterId, Long clerkId) {
        if (to.isBefore(from)) {
            throw new BadRequestException("to", "'to' is before 'from'");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new BadRequestException("to", "A period is at most " + MAX_DAYS + " days");
        }
        ZoneId zone = offices.get(officeId).zone();
        return new Filter(
                officeId,
                Timestamp.from(from.atStartOfDay(zone).toInstant()),
                Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()),
                areaId,
                counterId,
                clerkId,
                zone.getId());
    }

    record Filter(long office, Timestamp start, Timestamp end, Long area, Long counter, Long clerk, String zone) {

        MapSqlParameterSource params() {
            return new MapSqlParameterSource()
                    .addValue("office", office)
                    .addValue("start", start)
                    .addValue("end", end)
                    .addValue("area", area, Types.BIGINT)
                    .addValue("counter", counter, Types.BIGINT)
                    .addValue("clerk", clerk, Types.BIGINT)
                    .addValue("zone", zone);
        }
    }

    /** The ticket's number comes from the queue module, which owns the tickets. */
    private static RatingView withCode(RatingView r, String code) {
        return new RatingView(
                r.id(),
                r.ticketId(),
                code,
                r.officeId(),
                r.counterId(),
                r.clerkId(),
                r.areaId(),
                r.level(),
                r.reasons(),
                r.comment(),
                r.at());
    }
}
