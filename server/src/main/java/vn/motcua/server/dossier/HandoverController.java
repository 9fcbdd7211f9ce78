package vn.motcua.server.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.client.api.DossierHandover;
import vn.motcua.client.api.DossierHandoverRequest;
import vn.motcua.client.api.RegisterEntry;
import vn.motcua.client.api.Role;
import vn.motcua.server.security.Access;
import vn.motcua.server.security.Caller;

@RestController
@RequestMapping("/api/v1/offices/{officeId}")
@Tag(name = "dossiers")
class HandoverController {

    private final Access access;
    private final Handovers handovers;
    private final ControlSlips slips;
    private final Register register;

    HandoverController(Access access, Handovers handovers, ControlSlips slips, Register register) {
        this.access = access;
        this.handovers = handovers;
        this.slips = slips;
        this.register = register;
    }

    @GetMapping("/dossiers/{code}/handovers")
    @Operation(
            summary = "Who held the dossier and when: its hand-overs in order",
            description = "Callers: CLERK or HEAD of the office.")
    List<DossierHandover> list(@PathVariable long officeId, @PathVariable String code) {
        access.require(officeId, Role.CLERK, Role.HEAD);
        return handovers.of(officeId, code);
    }

    @PostMapping("/dossiers/{code}/handovers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a hand-over of the dossier (desk → department or agency and officer → back to the desk)",
            description =
                    "Callers: CLERK or HEAD of the office. The giver defaults to the latest receiver (for the first "
                            + "hand-over, the one-stop desk and the receiving clerk), the time to now; 400 for a time in the "
                            + "future, before the receipt or before the latest hand-over; 409 DOSSIER_CLOSED once the dossier "
                            + "is returned, withdrawn, stopped or refused. Answers every hand-over of the dossier.")
    List<DossierHandover> record(
            @PathVariable long officeId, @PathVariable String code, @RequestBody DossierHandoverRequest request) {
        Caller by = access.require(officeId, Role.CLERK, Role.HEAD);
        return handovers.record(officeId, code, request, by);
    }

    @GetMapping(value = "/dossiers/{code}/control-slip.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "The control slip (Phiếu kiểm soát quá trình giải quyết hồ sơ) from the hand-overs",
            description = "Callers: CLERK or HEAD of the office.")
    ResponseEntity<byte[]> controlSlip(@PathVariable long officeId, @PathVariable String code) {
        access.require(officeId, Role.CLERK, Role.HEAD);
        return DossierNoticeController.pdf(code + "-kiem-soat", slips.pdf(officeId, code));
    }

    @GetMapping("/register")
    @Operation(
            summary = "The register (Sổ theo dõi hồ sơ) of a year, one entry per dossier in number order",
            description = "Callers: CLERK, HEAD or ADMIN of the office. year is required, e.g. 2026.")
    List<RegisterEntry> register(@PathVariable long officeId, @RequestParam(required = false) Integer year) {
        access.require(officeId, Role.CLERK, Role.HEAD, Role.ADMIN);
        return register.entries(officeId, Register.year(year));
    }

    @GetMapping(value = "/register.csv", produces = "text/csv")
    @Operation(
            summary = "The register of a year as CSV, headed in Vietnamese",
            description = "Callers: CLERK, HEAD or ADMIN of the office. year is required, e.g. 2026.")
    ResponseEntity<String> registerCsv(@PathVariable long officeId, @RequestParam(required = false) Integer year) {
        access.require(officeId, Role.CLERK, Role.HEAD, Role.ADMIN);
        int y = Register.year(year);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("so-theo-doi-ho-so-" + y + ".csv")
                                .build()
                                .toString())
                .body(register.csv(officeId, y));
    }
}
