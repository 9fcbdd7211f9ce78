package vn.motcua.server.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.client.api.DossierRefusalRequest;
import vn.motcua.client.api.DossierSupplementRequest;
import vn.motcua.client.api.DossierView;
import vn.motcua.client.api.Role;
import vn.motcua.server.security.Access;
import vn.motcua.server.security.Caller;

@RestController
@RequestMapping("/api/v1/offices/{officeId}/dossiers/{code}")
@Tag(name = "dossiers")
class DossierNoticeController {

    private final Access access;
    private final DossierNotices notices;

    DossierNoticeController(Access access, DossierNotices notices) {
        this.access = access;
        this.notices = notices;
    }

    @PostMapping("/supplement-request")
    @Operation(
            summary = "Ask the applicant to add or complete papers (Mẫu 02)",
            description = "Callers: CLERK or HEAD of the office. Moves the dossier to SUPPLEMENT_REQUESTED; 409 "
                    + "DOSSIER_TRANSITION_NOT_ALLOWED from a status that does not allow it.")
    DossierView requestSupplement(
            @PathVariable long officeId, @PathVariable String code, @RequestBody DossierSupplementRequest request) {
        Caller by = access.require(officeId, Role.CLERK, Role.HEAD);
        return notices.requestSupplement(officeId, code, request, by);
    }

    @GetMapping(value = "/supplement-request.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "The latest supplement request (Mẫu 02)",
            description = "Callers: CLERK or HEAD of the office. 404 before any request.")
    ResponseEntity<byte[]> supplementSlip(@PathVariable long officeId, @PathVariable String code) {
        access.require(officeId, Role.CLERK, Role.HEAD);
        return pdf(code + "-bo-sung", notices.supplementPdf(officeId, code));
    }

    @PostMapping("/refusal")
    @Operation(
            summary = "Refuse to receive the dossier (Mẫu 03)",
            description = "Callers: CLERK or HEAD of the office. Moves the dossier to REJECTED; 409 "
                    + "DOSSIER_TRANSITION_NOT_ALLOWED once work on it has started.")
    DossierView refuse(
            @PathVariable long officeId, @PathVariable String code, @RequestBody DossierRefusalRequest request) {
        Caller by = access.require(officeId, Role.CLERK, Role.HEAD);
        return notices.refuse(officeId, code, request, by);
    }

    @GetMapping(value = "/refusal.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "The refusal slip (Mẫu 03)",
            description = "Callers: CLERK or HEAD of the office. 404 " + "unless the dossier was refused.")
    ResponseEntity<byte[]> refusalSlip(@PathVariable long officeId, @PathVariable String code) {
        access.require(officeId, Role.CLERK, Role.HEAD);
        return pdf(code + "-tu-choi", notices.refusalPdf(officeId, code));
    }

    @GetMapping(value = "/stop-notice.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "The stop notice (Thông báo dừng giải quyết hồ sơ, TT 03/2025 Mẫu 05)",
            description = "Callers: CLERK or HEAD of the office. Written when the dossier is moved to STOPPED (with "
                    + "the reason as the status change's note); 404 unless the dossier was stopped.")
    ResponseEntity<byte[]> stopNotice(@PathVariable long officeId, @PathVariable String code) {
        access.require(officeId, Role.CLERK, Role.HEAD);
        return pdf(code + "-dung-giai-quyet", notices.stopPdf(officeId, code));
    }

    static ResponseEntity<byte[]> pdf(String name, byte[] pdf) {
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
