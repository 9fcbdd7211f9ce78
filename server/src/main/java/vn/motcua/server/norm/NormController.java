package vn.motcua.server.norm;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.client.api.NormBreach;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.ServiceNorms;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.security.Access;
import vn.motcua.server.shared.BadRequestException;
import vn.motcua.server.shared.ProblemText;

@RestController
@RequestMapping("/api/v1/offices/{officeId}")
@Tag(name = "norms", description = "Service norms and their breaches")
class NormController {

    /** A working day: no norm of minutes is longer. */
    static final int MAX_MINUTES = 480;

    static final int MAX_TICKETS = 10_000;
    private static final int MAX_DAYS = 366;

    private final NormSettings settings;
    private final NormBreaches breaches;
    private final OfficeDirectory offices;
    private final Access access;
    private final ProblemText text;
    private final Clock clock;

    NormController(
            NormSettings settings,
            NormBreaches breaches,
            OfficeDirectory offices,
            Access access,
            ProblemText text,
            Clock clock) {
        this.clock = clock;
        this.settings = settings;
        this.breaches = breaches;
        this.offices = offices;
        this.access = access;
        this.text = text;
    }

    @GetMapping("/norms")
    @Operation(summary = "The office's service norms", description = "Callers: HEAD or ADMIN of the office.")
    ServiceNorms norms(@PathVariable long officeId) {
        access.require(officeId, Role.HEAD, Role.ADMIN);
        return settings.of(officeId);
    }

    @PutMapping("/norms")
    @Operation(
            summary = "Replace the office's service norms",
            description = "Callers: ADMIN of the office. Limits are whole minutes from 1 to 480 (tickets from 1 to "
                    + "10000), null for no norm; 400 naming the field otherwise. Breaches of the new norms are found "
                    + "within seconds; those of norms removed end at the next check.")
    ServiceNorms replace(@PathVariable long officeId, @RequestBody ServiceNorms norms) {
        access.require(officeId, Role.ADMIN);
        ServiceNorms clean = valid(offices.get(officeId), norms);
        settings.replace(officeId, clean);
        return settings.of(officeId);
    }

    @GetMapping("/norm-breaches")
    @Operation(
            summary = "The breaches that started on the office's days from..to (both included), lasting or ended",
            description = "Callers: HEAD or ADMIN of the office. By default today; at most 366 days.")
    List<NormBreach> breaches(
            @PathVariable long officeId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        access.require(officeId, Role.HEAD, Role.ADMIN);
        Office office = offices.get(officeId);
        LocalDate today = office.localDay(clock.instant());
        LocalDate first = from == null ? today : from;
        LocalDate last = to == null ? first : to;
        if (last.isBefore(first)) {
            throw new BadRequestException("to", text.text("norm.period.reversed"));
        }
        if (first.plusDays(MAX_DAYS).isBefore(last)) {
            throw new BadRequestException("to", text.text("norm.period.tooLong", MAX_DAYS));
        }
        return breaches.startedBetween(
                officeId,
                first.atStartOfDay(office.zone()).toInstant(),
                last.plusDays(1).atStartOfDay(office.zone()).toInstant());
    }

    @GetMapping("/norm-breaches/open")
    @Operation(summary = "The breaches that last now, for the head's board", description = "Callers: HEAD or ADMIN.")
    List<NormBreach> lasting(@PathVariable long officeId) {
        access.require(officeId, Role.HEAD, Role.ADMIN);
        return breaches.lasting(officeId).stream().map(NormBreaches.Row::breach).toList();
    }

    private ServiceNorms valid(Office office, ServiceNorms norms) {
        if (norms == null) {
            throw new BadRequestException("norms", text.text("norm.missing"));
        }
        limit("maxWaitingTickets", norms.maxWaitingTickets(), MAX_TICKETS, "norm.tickets");
        limit("idleCounterMinutes", norms.idleCounterMinutes(), MAX_MINUTES, "norm.minutes");
        List<ServiceNorms.AreaNorm> areas = norms.areas() == null ? List.of() : norms.areas();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < areas.size(); i++) {
            ServiceNorms.AreaNorm area = areas.get(i);
            String at = "areas[" + i + "].";
            if (area == null || office.area(area.areaId()).isEmpty()) {
                throw new BadRequestException(at + "areaId", text.text("norm.area.unknown"));
            }
            if (!seen.add(area.areaId())) {
                throw new BadRequestException(at + "areaId", text.text("norm.area.twice"));
            }
            limit(at + "maxWaitMinutes", area.maxWaitMinutes(), MAX_MINUTES, "norm.minutes");
            limit(at + "maxServiceMinutes", area.maxServiceMinutes(), MAX_MINUTES, "norm.minutes");
        }
        return new ServiceNorms(
                norms.maxWaitingTickets(),
                norms.idleCounterMinutes(),
                norms.emailAlerts(),
                areas.stream()
                        .filter(a -> a.maxWaitMinutes() != null || a.maxServiceMinutes() != null)
                        .toList());
    }

    private void limit(String field, Integer value, int max, String message) {
        if (value != null && (value < 1 || value > max)) {
            throw new BadRequestException(field, text.text(message, max));
        }
    }
}
