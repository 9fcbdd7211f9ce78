package vn.motcua.client;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import vn.motcua.client.api.CallTicketRequest;
import vn.motcua.client.api.IssueTicketRequest;
import vn.motcua.client.api.IssuedTicket;
import vn.motcua.client.api.MyDay;
import vn.motcua.client.api.OfficeSnapshot;
import vn.motcua.client.api.PauseRequest;
import vn.motcua.client.api.PriorityGroup;
import vn.motcua.client.api.TicketView;
import vn.motcua.client.api.TransferRequest;

/** The queue of an office: tickets, and the commands of a counter. */
@HttpExchange("/offices/{officeId}")
public interface QueueApi {

    @GetExchange("/snapshot")
    OfficeSnapshot snapshot(@PathVariable long officeId);

    /** Takes a ticket; retried with one Idempotency-Key, so one call never issues two tickets. */
    @Command
    @PostExchange("/tickets")
    IssuedTicket issueTicket(@PathVariable long officeId, @RequestBody IssueTicketRequest ticket);

    default IssuedTicket issueTicket(long officeId, long areaId, PriorityGroup priority) {
        return issueTicket(officeId, new IssueTicketRequest(areaId, priority));
    }

    @GetExchange("/tickets/{ticketId}")
    TicketView ticket(@PathVariable long officeId, @PathVariable String ticketId);

    @Command
    @PostExchange("/tickets/{ticketId}/cancel")
    TicketView cancel(@PathVariable long officeId, @PathVariable String ticketId);

    @Command
    @PostExchange("/tickets/{ticketId}/reactivate")
    TicketView reactivate(@PathVariable long officeId, @PathVariable String ticketId);

    @Command
    @PostExchange("/counters/{counterId}/call-next")
    TicketView callNext(@PathVariable long officeId, @PathVariable long counterId);

    @Command
    @PostExchange("/counters/{counterId}/call")
    TicketView callTicket(
            @PathVariable long officeId, @PathVariable long counterId, @RequestBody CallTicketRequest call);

    default TicketView callTicket(long officeId, long counterId, String ticketId) {
        return callTicket(officeId, counterId, new CallTicketRequest(ticketId));
    }

    @Command
    @PostExchange("/counters/{counterId}/recall")
    TicketView recall(@PathVariable long officeId, @PathVariable long counterId);

    @Command
    @PostExchange("/counters/{counterId}/start")
    TicketView start(@PathVariable long officeId, @PathVariable long counterId);

    @Command
    @PostExchange("/counters/{counterId}/finish")
    TicketView finish(@PathVariable long officeId, @PathVariable long counterId);

    @Command
    @PostExchange("/counters/{counterId}/no-show")
    TicketView noShow(@PathVariable long officeId, @PathVariable long counterId);

    @Command
    @PostExchange("/counters/{counterId}/park")
    TicketView park(@PathVariable long officeId, @PathVariable long counterId);

    @Command
    @PostExchange("/counters/{counterId}/unpark")
    TicketView unpark(@PathVariable long officeId, @PathVariable long counterId, @RequestBody CallTicketRequest call);

    default TicketView unpark(long officeId, long counterId, String ticketId) {
        return unpark(officeId, counterId, new CallTicketRequest(ticketId));
    }

    @Command
    @PostExchange("/counters/{counterId}/transfer")
    TicketView transfer(@PathVariable long officeId, @PathVariable long counterId, @RequestBody TransferRequest to);

    default TicketView transferToArea(long officeId, long counterId, long areaId) {
        return transfer(officeId, counterId, new TransferRequest(areaId, null));
    }

    default TicketView transferToCounter(long officeId, long counterId, long toCounterId) {
        return transfer(officeId, counterId, new TransferRequest(null, toCounterId));
    }

    @Command
    @PostExchange("/counters/{counterId}/pause")
    void pause(@PathVariable long officeId, @PathVariable long counterId, @RequestBody PauseRequest pause);

    default void pause(long officeId, long counterId, String reason) {
        pause(officeId, counterId, new PauseRequest(reason));
    }

    @Command
    @PostExchange("/counters/{counterId}/resume")
    void resume(@PathVariable long officeId, @PathVariable long counterId);

    @GetExchange("/my-day")
    MyDay myDay(@PathVariable long officeId);
}
