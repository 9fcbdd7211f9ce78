package vn.motcua.server.office;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.client.api.AreaRequest;
import vn.motcua.client.api.CounterRequest;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.OfficeForms;
import vn.motcua.client.api.OfficeSettings;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.ServiceAreaView;
import vn.motcua.server.security.Access;
import vn.motcua.server.shared.BadRequestException;
import vn.motcua.server.shared.NotFoundException;

/** An office's administration: its settings, service areas and counters. Every endpoint: ADMIN of the office only. */
@RestController
@RequestMapping("/api/v1/offices/{officeId}")
@Tag(name = "administration", description = "Service areas and counters (callers: ADMIN of the office)")
class OfficeAdminController {

    private final OfficeAdministration admin;
    private final OfficeDirectory offices;
    private final Access access;

    OfficeAdminController(OfficeAdministration admin, OfficeDirectory offices, Access access) {
        this.admin = admin;
        this.offices = offices;
        this.access = access;
    }

    @GetMapping("/forms")
    @Operation(
            summary = "What the printed forms say of the office: locality, agency header, signing official, telephone,"
                    + " model forms (TT 03/2025 or TT 01/2018)",
            description = "Callers: CLERK, HEAD or ADMIN of the office.")
    OfficeForms forms(@PathVariable long officeId) {
        access.require(officeId, Role.CLERK, Role.HEAD, Role.ADMIN);
        return offices.get(officeId).forms();
    }

    @PutMapping("/forms")
    @Operation(
            summary = "Change what the printed forms say of the office",
            description = "Callers: ADMIN of the office. The agency header is stored in upper case; a signing "
                    + "official's name needs a title. While no official is named, only a HEAD may issue an apology. "
                    + "formRegime TT03_2025 (the default) prints the TT 03/2025 forms for dossiers received from "
                    + "15/9/2025 and the TT 01/2018 ones before; TT01_2018 keeps the old forms for every dossier.")
    OfficeForms updateForms(@PathVariable long officeId, @Valid @RequestBody OfficeForms forms) {
        access.require(officeId, Role.ADMIN);
        if (!forms.signerName().isBlank() && forms.signerTitle().isBlank()) {
            throw new BadRequestException("signerTitle", "The signing official needs a title");
        }
        admin.updateForms(officeId, forms);
        offices.forget(officeId);
        return offices.get(officeId).forms();
    }

    @PutMapping
    @Operation(
            summary = "Change the office's name, agency code, opening hours and priority run",
            description = "Callers: ADMIN of the office. 400 when closing is not after opening.")
    OfficeView updateOffice(@PathVariable long officeId, @Valid @RequestBody OfficeSettings settings) {
        access.require(officeId, Role.ADMIN);
        if (!settings.closesAt().isAfter(settings.opensAt())) {
            throw new BadRequestException("closesAt", "Closing time must be after opening time");
        }
        admin.updateOffice(officeId, settings);
        offices.forget(officeId);
        return offices.get(officeId).view();
    }

    @PostMapping("/areas")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a service area", description = "400 naming the field when the code or prefix is taken.")
    ServiceAreaView addArea(@PathVariable long officeId, @Valid @RequestBody AreaRequest request) {
        access.require(officeId, Role.ADMIN);
        return changed(officeId, () -> admin.addArea(officeId, request), request);
    }

    @PutMapping("/areas/{areaId}")
    @Operation(summary = "Change a service area (name, prefix, daily limit, active)")
    ServiceAreaView updateArea(
            @PathVariable long officeId, @PathVariable long areaId, @Valid @RequestBody AreaRequest request) {
        access.require(officeId, Role.ADMIN);
        offices.get(officeId).area(areaId).orElseThrow(() -> new NotFoundException("service area", areaId));
        return changed(officeId, () -> admin.updateArea(officeId, areaId, request), request);
    }

    @PostMapping("/counters")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a counter with the service areas it serves")
    CounterView addCounter(@PathVariable long officeId, @Valid @RequestBody CounterRequest request) {
        access.require(officeId, Role.ADMIN);
        requireOwnAreas(officeId, request);
        return changed(officeId, () -> admin.addCounter(officeId, request), request);
    }

    @PutMapping("/counters/{counterId}")
    @Operation(summary = "Change a counter (number, name, service areas, active)")
    CounterView updateCounter(
            @PathVariable long officeId, @PathVariable long counterId, @Valid @RequestBody CounterRequest request) {
        access.require(officeId, Role.ADMIN);
        offices.get(officeId).counter(counterId).orElseThrow(() -> new NotFoundException("counter", counterId));
        requireOwnAreas(officeId, request);
        return changed(officeId, () -> admin.updateCounter(officeId, counterId, request), request);
    }

    private void requireOwnAreas(long officeId, CounterRequest request) {
        Office office = offices.get(officeId);
        for (Long area : request.areaIds()) {
            if (office.area(area).isEmpty()) {
                throw new BadRequestException("areaIds", "Service area " + area + " is not in this office");
            }
        }
    }

    private <T> T changed(long officeId, Supplier<T> change, Object request) {
        try {
            return change.get();
        } catch (DataIntegrityViolationException e) {
            String field =
                    request instanceof AreaRequest ? (e.getMessage().contains("prefix") ? "prefix" : "code") : "number";
            throw new BadRequestException(
                    field,
                    "Already used by another " + (request instanceof AreaRequest ? "service area" : "counter")
                            + " of this office");
        } finally {
            offices.forget(officeId);
        }
    }
}
