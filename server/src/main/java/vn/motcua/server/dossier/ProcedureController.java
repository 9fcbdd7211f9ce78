package vn.motcua.server.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.client.OfficeApi;
import vn.motcua.client.api.ProcedureImportResult;
import vn.motcua.client.api.ProcedureRequest;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.client.api.Role;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.security.Access;
import vn.motcua.server.shared.BadRequestException;
import vn.motcua.server.shared.NotFoundException;
import vn.motcua.server.shared.RefusedException;
import vn.motcua.server.shared.UploadedText;

@RestController
@RequestMapping("/api/v1/offices/{officeId}/procedures")
@Tag(name = "procedures", description = "The catalogue of administrative procedures (thủ tục hành chính)")
class ProcedureController {

    /** A file in the wrong shape has a problem on every line: the answer names enough of them to mend the file. */
    static final int LISTED_PROBLEMS = 100;

    private final Access access;
    private final OfficeDirectory offices;
    private final ProcedureCatalogue catalogue;
    private final UploadedText uploads;

    ProcedureController(Access access, OfficeDirectory offices, ProcedureCatalogue catalogue, UploadedText uploads) {
        this.access = access;
        this.offices = offices;
        this.catalogue = catalogue;
        this.uploads = uploads;
    }

    @GetMapping
    @Operation(
            summary = "Search the procedures by name or code, a page at a time",
            description = "Callers: any staff member or device of the office (citizens browse it on the kiosk). q is "
                    + "matched in the code or the name, with or without accents; all=true lists those out of use too. "
                    + "Ordered by code; offset (from 0) and limit (1 to " + OfficeApi.PROCEDURES_PER_PAGE
                    + ", the default) choose the page: a page shorter than the limit is the last.")
    List<ProcedureView> search(
            @PathVariable long officeId,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean all,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "" + OfficeApi.PROCEDURES_PER_PAGE) int limit) {
        access.require(officeId, Role.values());
        if (offset < 0) {
            throw new BadRequestException("offset", "offset must be 0 or more");
        }
        if (limit < 1 || limit > OfficeApi.PROCEDURES_PER_PAGE) {
            throw new BadRequestException("limit", "limit must be between 1 and " + OfficeApi.PROCEDURES_PER_PAGE);
        }
        return catalogue.search(officeId, q, all, offset, limit);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a procedure", description = "Callers: ADMIN of the office.")
    ProcedureView create(@PathVariable long officeId, @RequestBody ProcedureRequest request) {
        access.require(officeId, Role.ADMIN);
        ProcedureRequest procedure = checked(officeId, request, null);
        return catalogue.create(officeId, procedure);
    }

    @PutMapping("/{procedureId}")
    @Operation(
            summary = "Change a procedure",
            description = "Callers: ADMIN of the office. A change does not move "
                    + "the due dates of dossiers already received.")
    ProcedureView update(
            @PathVariable long officeId, @PathVariable long procedureId, @RequestBody ProcedureRequest request) {
        access.require(officeId, Role.ADMIN);
        ProcedureRequest procedure = checked(officeId, request, procedureId);
        return catalogue
                .update(officeId, procedureId, procedure)
                .orElseThrow(() -> new NotFoundException("procedure", procedureId));
    }

    @PostMapping(value = "/import", consumes = "text/csv")
    @Operation(
            summary = "Add or update procedures from a CSV file",
            description = "Callers: ADMIN of the office. Header: code,name,processing_days[,area_code]"
                    + "[,required_documents][,fee][,active]; documents separated by '|'. The file must be UTF-8 "
                    + "(a byte-order mark is allowed). Nothing is imported when any line is wrong: 400 INVALID_CSV "
                    + "lists the first " + LISTED_PROBLEMS + " problems with their lines and counts them all "
                    + "(errorCount).")
    ProcedureImportResult importCsv(@PathVariable long officeId, @RequestBody byte[] body) {
        access.require(officeId, Role.ADMIN);
        String csv;
        try {
            csv = uploads.read(body);
        } catch (UploadedText.Unreadable e) {
            throw new RefusedException(
                    HttpStatus.BAD_REQUEST,
                    "INVALID_CSV",
                    e.getMessage(),
                    Map.of("errors", List.of(new ProcedureCsv.LineProblem(e.line(), "", e.reason()).asMap())));
        }
        ProcedureCsv.Parsed parsed = ProcedureCsv.parse(csv, offices.get(officeId));
        if (!parsed.problems().isEmpty()) {
            throw new RefusedException(
                    HttpStatus.BAD_REQUEST,
                    "INVALID_CSV",
                    parsed.problems().size() + " problem(s) in the file"
                            + (parsed.problems().size() > LISTED_PROBLEMS
                                    ? ", the first " + LISTED_PROBLEMS + " listed"
                                    : "")
                            + "; nothing was imported.",
                    Map.of(
                            "errors",
                            parsed.problems().stream()
                                    .limit(LISTED_PROBLEMS)
                                    .map(ProcedureCsv.LineProblem::asMap)
                                    .toList(),
                            "errorCount",
                            parsed.problems().size()));
        }
        return catalogue.upsertAll(officeId, parsed.procedures());
    }

    private ProcedureRequest checked(long officeId, ProcedureRequest request, Long procedureId) {
        Office office = offices.get(officeId);
        ProcedureRules.Checked checked = ProcedureRules.check(request, office);
        if (!checked.problems().isEmpty()) {
            ProcedureRules.Problem first = checked.problems().getFirst();
            throw new BadRequestException(first.field(), first.message());
        }
        if (catalogue.codeTaken(officeId, checked.procedure().code(), procedureId)) {
            throw new RefusedException(
                    HttpStatus.CONFLICT,
                    "PROCEDURE_CODE_TAKEN",
                    "The office already has a procedure with code "
                            + checked.procedure().code());
        }
        return checked.procedure();
    }
}
