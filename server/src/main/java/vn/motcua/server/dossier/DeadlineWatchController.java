package vn.motcua.server.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.client.api.ApologyShare;
import vn.motcua.client.api.DossierDue;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.DossierTimeliness;
import vn.motcua.client.api.Role;
import vn.motcua.server.calendar.WorkingCalendar;
import vn.motcua.server.calendar.WorkingHours;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.security.Access;
import vn.motcua.server.shared.BadRequestException;

/**
 * The deadline watch: every morning the dossiers that will be late unless someone acts (a result or an
 * apology before the last working day), and for heads the share of late dossiers that got their apology.
 */
@RestController
@RequestMapping("/api/v1/offices/{officeId}/dossiers")
@Tag(name = "dossiers")
class DeadlineWatchController {

    private static final List<String> OPEN = List.of(
            DossierStatus.SUBMITTED.name(),
            DossierStatus.RECEIVED.name(),
            DossierStatus.PROCESSING.name(),
            DossierStatus.SUPPLEMENT_REQUESTED.name(),
            DossierStatus.FINANCIAL_OBLIGATION.name());

    private final JdbcClient jdbc;
    private final DossierStore store;
    private final OfficeDirectory offices;
    private final WorkingCalendar calendar;
    private final Access access;
    private final Clock clock;

    DeadlineWatchController(
            JdbcClient jdbc,
            DossierStore store,
            OfficeDirectory offices,
            WorkingCalendar calendar,
            Access access,
            Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.offices = offices;
        this.calendar = calendar;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/due-soon")
    @Operation(
            summary = "Open dossiers due by the end of the next working day with no apology yet, and overdue ones",
            description = "Callers: CLERK or HEAD of the office.")
    List<DossierDue> dueSoon(@PathVariable long officeId) {
        access.require(officeId, Role.CLERK, Role.HEAD);
        Office office = offices.get(officeId);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), office.zone());
        LocalDateTime limit = calendar.plusWorkingDays(now.toLocalDate(), 1)
                .atTime(office.view().closesAt());
        return jdbc.sql("""
                        select code, procedure_name, applicant_name, status, due_at from dossier
                        where office_id = :office and status in (:open) and apology_issued_at is null
                          and due_at <= :limit order by due_at""")
                .param("office", officeId)
                .param("open", OPEN)
                .param("limit", Timestamp.valueOf(limit))
                .query((rs, n) -> {
                    LocalDateTime due = rs.getTimestamp("due_at").toLocalDateTime();
                    return new DossierDue(
                            rs.getString("code"),
                            rs.getString("procedure_name"),
                            rs.getString("applicant_name"),
                            DossierStatus.valueOf(rs.getString("status")),
                            due,
                            due.isBefore(now));
                })
                .list();
    }

    @GetMapping("/apology-share")
    @Operation(
            summary = "Of the dossiers received in the period that are late, how many got an apology",
            description = "Callers: HEAD or ADMIN of the office. from/to are local days, both included; late is "
                    + "judged as on the dossier's own page (supplement waiting does not count); apologies issued after "
                    + "their last day are counted and also reported apart.")
    ApologyShare apologyShare(
            @PathVariable long officeId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        access.require(officeId, Role.HEAD, Role.ADMIN);
        if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
            throw new BadRequestException("to", "The period must run forwards and last at most 366 days");
        }
        Office office = offices.get(officeId);
        ZoneId zone = office.zone();
        WorkingHours hours = Timeliness.hoursOf(calendar, office);
        Instant now = clock.instant();
        List<String> codes = jdbc.sql("""
                        select code from dossier where office_id = ? and received_at >= ? and received_at < ?""")
                .params(
                        officeId,
                        Timestamp.from(from.atStartOfDay(zone).toInstant()),
                        Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
                .query(String.class)
                .list();
        long late = 0;
        long apologized = 0;
        long apologizedLate = 0;
        for (String code : codes) {
            DossierRow d = store.find(officeId, code).orElseThrow();
            if (Timeliness.of(store.history(d.id()), d.dueAt(), hours, now) == DossierTimeliness.LATE) {
                late++;
                if (d.apologized()) {
                    apologized++;
                }
                if (d.apologyLate()) {
                    apologizedLate++;
                }
            }
        }
        return new ApologyShare(from, to, codes.size(), late, apologized, apologizedLate);
    }
}
