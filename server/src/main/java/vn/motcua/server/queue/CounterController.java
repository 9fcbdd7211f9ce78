package vn.motcua.server.queue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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
 * command that does not fit the counter's state answers 409 with a code (COUNTER_BUSY, QUEUE_EMPTY…). A
 * command sent again with the same {@code Idempotency-Key} answers with the ticket the first one acted on.
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
    TicketView callNext(
            @PathVariable long officeId,
            @PathVariable long counterId,
            @RequestHeader(name = CommandKeys.HEADER, required = false) String key) {
        return engine.callNext(officeId, counterId, clerk(officeId), CommandKeys.checked(key));
    }

    @PostMapping("/call")
    @Operation(summary = "Call one waiting ticket out of order")
    TicketView call(
            @PathVariable long officeId,
            @PathVariable long counterId,
            @RequestHeader(name = CommandKeys.HEADER, required = false) String key,
            @Valid @RequestBody CallTicketRequest request) {
        return engine.callTicket(officeId, counterId, request.ticketId(), clerk(officeId), CommandKeys.checked(key));
    }

    @PostMapping("/recall")
    @Operation(summary = "Announce the called ticket again (counted; waiting time runs to the last call)")
    TicketView recall(
            @PathVariable long officeId,
            @PathVariable long counterId,
            @RequestHeader(name = CommandKeys.HEADER, required = false) String key) {
        return engine.recall(officeId, counterId, clerk(officeId), CommandKeys.checked(key));
    }

    @PostMapping("/start")
    @Operation(summary = "The citizen arrived: start serving the called ticket")
    TicketView start(
            @PathVariable long officeId,
            @PathVariable long counterId,
            @RequestHeader(name = CommandKeys.HEADER, required = false) String key) {
        return engine.start(officeId, counterId, clerk(officeId), CommandKeys.checked(key));
    }

    @PostMapping("/finish")
    @Operation(summary = "Finish serving; the counter's rating tablet asks for a rating")
    TicketView finish(
            @PathVariable long officeId,
            @PathVariable long counterId,
            @RequestHeader(name = CommandKeys.HEADER, required = false) String key) {
        return engine.finish(officeId, counterId, clerk(officeId), CommandKeys.checked(key));
    }

    @PostMapping("/no-show")
    @Operation(summary = "The called citizen did not come")
    TicketView noShow(
            @PathVariable long officeId,
            @PathVariable long counterId,
            @RequestHeader(name = CommandKeys.HEADER, required = false) String key) {
        return engine.noShow(officeId, counterId, clerk(officeId), CommandKeys.checked(key));
    }

    @PostMapping("/transfer")
    @Operation(
            summary = "Send the current ticket to another service area or counter; it keeps its number and "
                    + "queues there by its original issue time")
    TicketView transfer(
            @PathVariable long officeId,
            @PathVariable long counterId,
            @RequestHeader(name = CommandKeys.HEADER, required = false) String key,
            @RequestBody TransferRequest request) {
        return engine.transfer(
                officeId, counterId, request.areaId(), request.counterId(), clerk(officeId), CommandKeys.checked(key));
    }

    @PostMapping("/park")
    @Operation(summary = "Set the current ticket aside at this counter (e.g. the citizen fetches a paper)")
    TicketView park(
            @PathVariable long officeId,
            @PathVariable long counterId,
            @RequestHeader(name = CommandKeys.HEADER, required = false) String key) {
        return engine.park(officeId, counterId, clerk(officeId), CommandKeys.checked(key));
    }

    @PostMapping("/unpark")
    @Operation(summary = "Call a parked ticket back to this counter")
    TicketView unpark(
            @PathVariable long officeId,
            @PathVariable long counterId,
            @RequestHeader(name = CommandKeys.HEADER, required = false) String key,
            @Valid @RequestBody CallTicketRequest request) {
        return engine.unpark(officeId, counterId, request.ticketId(), clerk(officeId), CommandKeys.checked(key));
    }

    @PostMapping("/pause")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Pause the counter, with a reason")
    void pause(
            @PathVariable long officeId,
            @PathVariable long counterId,
            @RequestHeader(name = CommandKeys.HEADER, required = false) String key,
            @Valid @RequestBody PauseRequest request) {
        engine.pause(officeId, counterId, clerk(officeId), request.reason(), CommandKeys.checked(key));
    }

    @PostMapping("/resume")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End the counter's pause")
    void resume(
            @PathVariable long officeId,
            @PathVariable long counterId,
            @RequestHeader(name = CommandKeys.HEADER, required = false) String key) {
        engine.resume(officeId, counterId, clerk(officeId), CommandKeys.checked(key));
    }

    private long clerk(long officeId) {
        return access.require(officeId, Role.CLERK, Role.HEAD).id();
    }
}
