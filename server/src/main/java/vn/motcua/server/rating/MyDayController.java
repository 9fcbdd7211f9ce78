package vn.motcua.server.rating;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.client.api.MyDay;
import vn.motcua.client.api.RatingLevel;
import vn.motcua.client.api.Role;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.queue.ServedTickets;
import vn.motcua.server.security.Access;
import vn.motcua.server.security.Caller;

/** The figures a clerk sees about his own day on the console. */
@RestController
@Tag(name = "ratings")
class MyDayController {

    private final JdbcClient jdbc;
    private final ServedTickets tickets;
    private final OfficeDirectory offices;
    private final Access access;
    private final Clock clock;

    MyDayController(JdbcClient jdbc, ServedTickets tickets, OfficeDirectory offices, Access access, Clock clock) {
        this.jdbc = jdbc;
        this.tickets = tickets;
        this.offices = offices;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/api/v1/offices/{officeId}/my-day")
    @Operation(
            summary = "The caller's own figures for today in this office",
            description = "Callers: CLERK or HEAD of the office; each sees only his own tickets and ratings.")
    MyDay myDay(@PathVariable long officeId) {
        Caller clerk = access.require(officeId, Role.CLERK, Role.HEAD);
        ZoneId zone = offices.get(officeId).zone();
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        ServedTickets.ClerkDay served = tickets.clerkDay(officeId, today, clerk.id());
        Map<RatingLevel, Long> ratings = new EnumMap<>(RatingLevel.class);
        jdbc.sql("""
                        select level, count(*) from rating
                        where office_id = ? and clerk_id = ? and created_at >= ? group by level""")
                .params(
                        officeId,
                        clerk.id(),
                        Timestamp.from(today.atStartOfDay(zone).toInstant()))
                .query(rs -> {
                    ratings.put(RatingLevel.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return new MyDay(today, served.served(), served.serviceMinutes(), served.waitMinutes(), ratings);
    }
}
