package vn.motcua.server.integration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.client.api.DossierRequest;
import vn.motcua.client.api.DossierStatusChange;
import vn.motcua.client.api.DossierView;
import vn.motcua.client.api.Role;
import vn.motcua.server.dossier.Dossiers;
import vn.motcua.server.security.Access;
import vn.motcua.server.security.Caller;

@RestController
@RequestMapping("/api/v1/integration/offices/{officeId}/dossiers")
@Tag(
        name = "integration",
        description = "For the provincial one-stop information system, which signs in as a "
                + "dedicated ADMIN account of the office. Every POST needs an Idempotency-Key header (at most 200 "
                + "characters, kept 7 days): a retry with the same key and body gets the first answer again "
                + "(Idempotent-Replayed: true) without doing it twice; the same key with another body is 409 "
                + "IDEMPOTENCY_KEY_REUSED.")
class IntegrationDossierController {

    private final Access access;
    private final Dossiers dossiers;
    private final IdempotentRequests requests;

    IntegrationDossierController(Access access, Dossiers dossiers, IdempotentRequests requests) {
        this.access = access;
        this.dossiers = dossiers;
        this.requests = requests;
    }

    @PostMapping
    @Operation(
            summary = "Register a dossier, once per idempotency key",
            description = "Callers: ADMIN of the office. The same body as a registration at the counter.")
    @ApiResponse(
            responseCode = "201",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = DossierView.class)))
    ResponseEntity<String> register(
            @PathVariable long officeId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
            @RequestBody DossierRequest request) {
        Caller caller = access.require(officeId, Role.ADMIN);
        return requests.run(
                officeId,
                key,
                "register",
                request,
                HttpStatus.CREATED,
                () -> dossiers.register(officeId, request, caller));
    }

    @PostMapping("/{code}/status")
    @Operation(
            summary = "Move a dossier to another status, once per idempotency key",
            description = "Callers: ADMIN of the office. 409 DOSSIER_TRANSITION_NOT_ALLOWED names the allowed ones.")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = DossierView.class)))
    ResponseEntity<String> changeStatus(
            @PathVariable long officeId,
            @PathVariable String code,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
            @RequestBody DossierStatusChange change) {
        Caller caller = access.require(officeId, Role.ADMIN);
        return requests.run(
                officeId,
                key,
                "status " + code,
                change,
                HttpStatus.OK,
                () -> dossiers.changeStatus(officeId, code, change, caller));
    }
}
