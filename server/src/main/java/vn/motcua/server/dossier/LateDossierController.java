package vn.motcua.server.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.client.api.LateDossier;
import vn.motcua.client.api.Role;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.security.Access;
import vn.motcua.server.security.Caller;

@RestController
@RequestMapping("/api/v1/offices/{officeId}")
@Tag(name = "dossiers")
class LateDossierController {

    private final Access access;
    private final LateDossiers late;
    private final DossierPrints prints;
    private final OfficeDirectory offices;
    private final Clock clock;

    LateDossierController(
            Access access, LateDossiers late, DossierPrints prints, OfficeDirectory offices, Clock clock) {
        this.access = access;
        this.late = late;
        this.prints = prints;
        this.offices = offices;
        this.clock = clock;
    }

    @GetMapping("/late-dossiers")
    @Operation(
            summary =
                    "The month's late dossiers, with the clerk who received each and who held each when it became late",
            description = "Callers: HEAD or ADMIN of the office. month is YYYY-MM; a dossier belongs to the month "
                    + "of its receipt's due date and is late as its own page says.")
    List<LateDossier> list(@PathVariable long officeId, @RequestParam(required = false) String month) {
        access.require(officeId, Role.HEAD, Role.ADMIN);
        return late.of(officeId, LateDossiers.month(month)).stream()
                .map(LateDossiers.Late::view)
                .toList();
    }

    @GetMapping(value = "/late-dossiers.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "The month's late dossiers as a landscape A4 table with a subtotal per responsible agency and "
                    + "officer, dated and with the signatures of the one who made it and the head",
            description = "Callers: HEAD or ADMIN of the office.")
    ResponseEntity<byte[]> pdf(@PathVariable long officeId, @RequestParam(required = false) String month) {
        Caller by = access.require(officeId, Role.HEAD, Role.ADMIN);
        YearMonth m = LateDossiers.month(month);
        Office office = offices.get(officeId);
        return DossierNoticeController.pdf(
                "ho-so-tre-han-" + m,
                prints.lateDossiers(late.of(officeId, m), office, m, office.localDay(clock.instant()), by.name()));
    }
}
