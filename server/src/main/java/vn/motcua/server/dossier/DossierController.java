package vn.motcua.server.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.client.api.DossierApologyRequest;
import vn.motcua.client.api.DossierRequest;
import vn.motcua.client.api.DossierStatusChange;
import vn.motcua.client.api.DossierView;
import vn.motcua.client.api.Role;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.security.Access;
import vn.motcua.server.security.Caller;

@RestController
@RequestMapping("/api/v1/offices/{officeId}/dossiers")
@Tag(name = "dossiers", description = "Dossiers received at the one-stop department, their status and printed slips")
class DossierController {

    private final Access access;
    private final Dossiers dossiers;
    private final DossierPrints prints;
    private final OfficeDirectory offices;

    DossierController(Access access, Dossiers dossiers, DossierPrints prints, OfficeDirectory offices) {
        this.access = access;
        this.dossiers = dossiers;
        this.prints = prints;
        this.offices = offices;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Register a dossier taken in at the counter",
            description = "Callers: CLERK or HEAD of the office. Issues the dossier code and the due date. The "
                    + "applicant's notifyBy (EMAIL, SMS, ZALO) are the channels they agreed to be told of the dossier on, "
                    + "in notifyLanguage (vi, en): SMS and ZALO need a Vietnamese mobile phone (400 naming "
                    + "applicant.phone), EMAIL an email (400 naming applicant.email).")
    DossierView register(@PathVariable long officeId, @RequestBody DossierRequest request) {
        Caller clerk = access.require(officeId, Role.CLERK, Role.HEAD);
        return dossiers.register(officeId, request, clerk);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One dossier with its status history", description = "Callers: CLERK or HEAD of the office.")
    DossierView dossier(@PathVariable long officeId, @PathVariable String code) {
        access.require(officeId, Role.CLERK, Role.HEAD);
        return dossiers.get(officeId, code);
    }

    @PostMapping("/{code}/status")
    @Operation(
            summary = "Move a dossier to another status",
            description =
                    "Callers: CLERK or HEAD of the office. 409 DOSSIER_TRANSITION_NOT_ALLOWED names the allowed ones. "
                            + "STOPPED needs the reason as the note (400 otherwise); it is printed on the stop "
                            + "notice (GET …/stop-notice.pdf).")
    DossierView changeStatus(
            @PathVariable long officeId, @PathVariable String code, @RequestBody DossierStatusChange change) {
        Caller by = access.require(officeId, Role.CLERK, Role.HEAD);
        return dossiers.changeStatus(officeId, code, change, by);
    }

    @GetMapping(value = "/{code}/receipt.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The receipt (Mẫu 01) in two copies", description = "Callers: CLERK or HEAD of the office.")
    ResponseEntity<byte[]> receipt(@PathVariable long officeId, @PathVariable String code) {
        access.require(officeId, Role.CLERK, Role.HEAD);
        return pdf(code, prints.receipt(dossiers.find(officeId, code), offices.get(officeId)));
    }

    @PostMapping("/{code}/apology")
    @Operation(
            summary = "Apologise and set a new return date (Mẫu 04)",
            description = "Callers: CLERK or HEAD of the office; a CLERK only when the office's form settings name the "
                    + "signing official (403 APOLOGY_NEEDS_HEAD otherwise; a HEAD then signs in their own name). Once "
                    + "per dossier (409 APOLOGY_ALREADY_ISSUED), while it is open; one issued after its last day (the "
                    + "working day before the due date) is accepted and recorded as issued late.")
    DossierView apologize(
            @PathVariable long officeId, @PathVariable String code, @RequestBody DossierApologyRequest request) {
        Caller by = access.require(officeId, Role.CLERK, Role.HEAD);
        return dossiers.apologize(officeId, code, request, by);
    }

    @GetMapping(value = "/{code}/apology.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "The apology slip (Mẫu 04)",
            description = "Callers: CLERK or HEAD of the office. 404 before " + "an apology was issued.")
    ResponseEntity<byte[]> apologySlip(@PathVariable long officeId, @PathVariable String code) {
        access.require(officeId, Role.CLERK, Role.HEAD);
        return pdf(code + "-xin-loi", dossiers.apologyPdf(officeId, code));
    }

    private static ResponseEntity<byte[]> pdf(String name, byte[] pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(name + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }
}
