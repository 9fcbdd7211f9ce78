package vn.motcua.server.queue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.client.api.CallTicketRequest;
import vn.motcua.client.api.PauseRequest;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.TicketView;
import vn.motcua.client.api.TransferRequest;
import vn.motcua.server.security.Access;

/**
 * The clerk's commands at one counter. Every one is open to the CLERK and HEAD of the office only; a
 * command that does not fit the counter's state answers 409 with a code (COUNTER_BUSY, QUEUE_EMPTY…).
 */
@RestController
@RequestMapping("/api/v1/offices/{officeId}/counters/{counterId}")
@Tag(name = "counter", description = "A clerk's commands at a counter (callers: CLERK or HEAD of the office)")
class CounterController {

    private final QueueEngine engine;
    private final Access access;

    CounterController(QueueEngine engine, Access access) {
        this.engine = engine;
        this.access = access;
    }

    @PostMapping("/call-next")
    @Operation(summary = "Call the next ticket among all the counter's service areas (priority interleave applies)")
    TicketView callNext(@PathVariable long officeId, @PathVariable long counterId) {
        return engine.callNext(officeId, counterId, clerk(officeId));
    }

    @PostMapping("/call")
    @Operation(summary = "Call one waiting ticket out of order")
    TicketView call(@PathVariable long officeId, @PathVariable long counterId, @Valid @RequestBody CallTicketRequest request) {
        return engine.callTicket(officeId, counterId, request.ticketId(), clerk(officeId));
    }

    @PostMapping("/recall")
    @Operation(summary = "Announce the called ticket again (counted; waiting time runs to the last call)")
    TicketView recall(@PathVariable long officeId, @PathVariable long counterId) {
        return engine.recall(officeId, counterId, clerk(officeId));
    }

    @PostMapping("/start")
    @Operation(summary = "The citizen arrived: start serving the called ticket")
    TicketView start(@PathVariable long officeId, @PathVariable long counterId) {
        return engine.start(officeId, counterId, clerk(officeId));
    }

    @PostMapping("/finish")
    @Operation(summary = "Finish serving; the counter's rating tablet asks for a rating")
    TicketView finish(@PathVariable long officeId, @PathVariable long counterId) {
        return engine.finish(officeId, counterId, clerk(officeId));
    }

    @PostMapping("/no-show")
    @Operation(summary = "The called citizen did not come")
    TicketView noShow(@PathVariable long officeId, @PathVariable long counterId) {
        return engine.noShow(officeId, counterId, clerk(officeId));
    }

    @PostMapping("/transfer")
    @Operation(summary = "Send the current ticket to another service area or counter; it keeps its number and "
            + "queues there by its original issue time")
    TicketView transfer(@PathVariable long officeId, @PathVariable long counterId, @RequestBody TransferRequest request) {
        return engine.transfer(officeId, counterId, request.areaId(), request.counterId(), clerk(officeId));
    }

    @PostMapping("/park")
    @Operation(summary = "Set the current ticket aside at this counter (e.g. the citizen fetches a paper)")
    TicketView park(@PathVariable long officeId, @PathVariable long counterId) {
        return engine.park(officeId, counterId, clerk(officeId));
    }

    @PostMapping("/unpark")
    @Operation(summary = "Call a parked ticket back to this counter")
    TicketView unpark(@PathVariable long officeId, @PathVariable long counterId, @Valid @RequestBody CallTicketRequest request) {
        return engine.unpark(officeId, counterId, request.ticketId(), clerk(officeId));
    }

    @PostMapping("/pause")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Pause the counter, with a reason")
    void pause(@PathVariable long officeId, @PathVariable long counterId, @Valid @RequestBody PauseRequest request) {
        engine.pause(officeId, counterId, clerk(officeId), request.reason());
    }

    @PostMapping("/resume")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End the counter's pause")
    void resume(@PathVariable long officeId, @PathVariable long counterId) {
        engine.resume(officeId, counterId, clerk(officeId));
    }

    private long clerk(long officeId) {
        return access.require(officeId, Role.CLERK, Role.HEAD).id();
    }
}
