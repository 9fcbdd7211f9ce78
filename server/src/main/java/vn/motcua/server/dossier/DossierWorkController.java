package vn.motcua.server.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.StaffDossierWork;
import vn.motcua.server.security.Access;
import vn.motcua.server.shared.BadRequestException;

/** Clerk productivity in dossiers, shown by the head's review beside the ticket figures of the queue module. */
@RestController
@Tag(name = "dossiers")
class DossierWorkController {

    private static final int MAX_DAYS = 366;

    private final DossierWorkOfStaff work;
    private final Access access;

    DossierWorkController(DossierWorkOfStaff work, Access access) {
        this.work = work;
        this.access = access;
    }

    @GetMapping("/api/v1/offices/{officeId}/dossier-work")
    @Operation(
            summary =
                    "Each member of staff's dossiers received, handled (hand-overs recorded) and returned in a period",
            description = "Callers: HEAD or ADMIN of the office. from/to are local days, both included; areaId keeps"
                    + " the dossiers of that area's procedures.")
    List<StaffDossierWork> work(
            @PathVariable long officeId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long areaId) {
        access.require(officeId, Role.HEAD, Role.ADMIN);
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new BadRequestException("to", "The period must run forwards and last at most " + MAX_DAYS + " days");
        }
        return work.between(officeId, from, to, areaId);
    }
}
