package vn.motcua.server.office;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.Role;
import vn.motcua.server.security.Access;

@RestController
@RequestMapping("/api/v1/offices")
@Tag(name = "offices", description = "Offices with their service areas and counters")
class OfficeController {

    private final OfficeDirectory offices;
    private final Access access;

    OfficeController(OfficeDirectory offices, Access access) {
        this.offices = offices;
        this.access = access;
    }

    @GetMapping
    @Operation(
            summary = "The offices the caller acts in",
            description = "Callers: any signed-in staff member or device.")
    List<OfficeView> mine() {
        return access.caller().officeIds().stream()
                .map(id -> offices.get(id).view())
                .toList();
    }

    @GetMapping("/{officeId}")
    @Operation(summary = "One office", description = "Callers: any staff member or device of the office.")
    OfficeView one(@PathVariable long officeId) {
        access.require(officeId, Role.values());
        return offices.get(officeId).view();
    }
}
