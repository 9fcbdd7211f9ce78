package vn.motcua.server.phone;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.client.api.PhoneTicketSettings;
import vn.motcua.client.api.Role;
import vn.motcua.server.security.Access;

@RestController
@Tag(name = "offices")
class PhoneTicketController {

    private final PhoneTickets tickets;
    private final Access access;

    PhoneTicketController(PhoneTickets tickets, Access access) {
        this.tickets = tickets;
        this.access = access;
    }

    @GetMapping("/api/v1/offices/{officeId}/phone-tickets")
    @Operation(
            summary = "Whether citizens may take a ticket from their phone, the day's cap, and the turn-near number",
            description = "Callers: ADMIN or HEAD of the office. An office that never set them gives no phone tickets.")
    PhoneTicketSettings settings(@PathVariable long officeId) {
        access.require(officeId, Role.ADMIN, Role.HEAD);
        return tickets.settings(officeId);
    }

    @PutMapping("/api/v1/offices/{officeId}/phone-tickets")
    @Operation(
            summary = "Allow or stop tickets from the phone; the day's cap (1–10000) and the people ahead (1–50) at "
                    + "which the turn-near SMS goes",
            description = "Callers: ADMIN of the office. Tickets already given stay.")
    PhoneTicketSettings setSettings(@PathVariable long officeId, @Valid @RequestBody PhoneTicketSettings settings) {
        access.require(officeId, Role.ADMIN);
        return tickets.setSettings(officeId, settings);
    }
}
