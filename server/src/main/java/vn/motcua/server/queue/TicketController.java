package vn.motcua.server.queue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.client.api.IssueTicketRequest;
import vn.motcua.client.api.IssuedTicket;
import vn.motcua.client.api.OfficeSnapshot;
import vn.motcua.client.api.PriorityGroup;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.TicketView;
import vn.motcua.server.security.Access;
import vn.motcua.server.security.Caller;
import vn.motcua.server.shared.BadRequestException;

@RestController
@RequestMapping("/api/v1/offices/{officeId}")
@Tag(name = "tickets", description = "Issuing tickets and the live state of an office's queues")
class TicketController {

    private final QueueEngine engine;
    private final Access access;

    TicketController(QueueEngine engine, Access access) {
        this.engine = engine;
        this.access = access;
    }

    @PostMapping("/tickets")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Take a numbered ticket",
            description = "Callers: a KIOSK device of the office, or its "
                    + "CLERK, HEAD or ADMIN. 409 OFFICE_CLOSED outside opening hours, 409 DAILY_LIMIT when the area "
                    + "has handed out all of today's tickets, 400 for the priority APPOINTMENT (given at check-in). Sent again with the same Idempotency-Key, it answers with the "
                    + "ticket the first request issued instead of issuing another.")
    IssuedTicket issue(
            @PathVariable long officeId,
            @Valid @RequestBody IssueTicketRequest request,
            @RequestHeader(name = CommandKeys.HEADER, required = false) String key) {
        access.require(officeId, Role.KIOSK, Role.CLERK, Role.HEAD, Role.ADMIN);
        if (request.priority() == PriorityGroup.APPOINTMENT) {
            throw new BadRequestException("priority", "APPOINTMENT is given at an appointment's check-in only");
        }
        return engine.issue(officeId, request.areaId(), request.priority(), CommandKeys.checked(key));
    }

    @GetMapping("/tickets/{ticketId}")
    @Operation(summary = "One ticket", description = "Callers: any staff member or device of the office.")
    TicketView ticket(@PathVariable long officeId, @PathVariable String ticketId) {
        access.require(officeId, Role.values());
        return engine.ticket(officeId, ticketId);
    }

    @PostMapping("/tickets/{ticketId}/cancel")
    @Operation(summary = "Cancel a waiting ticket", description = "Callers: CLERK or HEAD of the office.")
    TicketView cancel(
            @PathVariable long officeId,
            @PathVariable String ticketId,
            @RequestParam(required = false) String reason,
            @RequestHeader(name = CommandKeys.HEADER, required = false) String key) {
        Caller caller = access.require(officeId, Role.CLERK, Role.HEAD);
        return engine.cancel(officeId, ticketId, caller.id(), reason, CommandKeys.checked(key));
    }

    @PostMapping("/tickets/{ticketId}/reactivate")
    @Operation(
            summary = "Put a no-show ticket back in its queue, at the back",
            description = "Callers: CLERK or HEAD of the office.")
    TicketView reactivate(
            @PathVariable long officeId,
            @PathVariable String ticketId,
            @RequestHeader(name = CommandKeys.HEADER, required = false) String key) {
        Caller caller = access.require(officeId, Role.CLERK, Role.HEAD);
        return engine.reactivate(officeId, ticketId, caller.id(), CommandKeys.checked(key));
    }

    @GetMapping("/snapshot")
    @Operation(
            summary = "The whole live state of the office with its event sequence number",
            description = "Callers: any staff member or device of the office. A client applies events with a "
                    + "higher sequence on top, and fetches this again when it sees a gap.")
    OfficeSnapshot snapshot(@PathVariable long officeId) {
        access.require(officeId, Role.values());
        return engine.snapshot(officeId);
    }
}
