package vn.motcua.kiosk.ticket;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.client.ApiException;
import vn.motcua.client.QueueApi;
import vn.motcua.client.api.CallTicketRequest;
import vn.motcua.client.api.IssueTicketRequest;
import vn.motcua.client.api.IssuedTicket;
import vn.motcua.client.api.MyDay;
import vn.motcua.client.api.OfficeSnapshot;
import vn.motcua.client.api.PauseRequest;
import vn.motcua.client.api.TicketStatus;
import vn.motcua.client.api.TicketView;
import vn.motcua.client.api.TransferRequest;

/** Issues ticket A023 with four people ahead, or fails as the test tells it to; each request added to the log. */
final class FakeQueueApi implements QueueApi {

    final List<IssueTicketRequest> requests = new ArrayList<>();
    ApiException issueFailure;
    private final List<String> calls;

    FakeQueueApi(List<String> calls) {
        this.calls = calls;
    }

    @Override
    public IssuedTicket issueTicket(long officeId, IssueTicketRequest request) {
        calls.add("issue");
        requests.add(request);
        if (issueFailure != null) {
            throw issueFailure;
        }
        TicketView ticket = new TicketView(
                "t-1",
                1,
                request.areaId(),
                "A023",
                23,
                LocalDate.of(2026, 11, 26),
                request.priority(),
                TicketStatus.WAITING,
                null,
                null,
                0,
                Instant.now(),
                null,
                null,
                null);
        return new IssuedTicket(ticket, 4, Duration.ofMinutes(12).plusSeconds(20));
    }

    @Override
    public OfficeSnapshot snapshot(long officeId) {
        throw new UnsupportedOperationException("a kiosk only issues tickets");
    }

    @Override
    public TicketView ticket(long officeId, String ticketId) {
        throw new UnsupportedOperationException("a kiosk only issues tickets");
    }

    @Override
    public TicketView cancel(long officeId, String ticketId) {
        throw new UnsupportedOperationException("a kiosk only issues tickets");
    }

    @Override
    public TicketView reactivate(long officeId, String ticketId) {
        throw new UnsupportedOperationException("a kiosk only issues tickets");
    }

    @Override
    public TicketView callNext(long officeId, long counterId) {
        throw new UnsupportedOperationException("a kiosk only issues tickets");
    }

    @Override
    public TicketView callTicket(long officeId, long counterId, CallTicketRequest call) {
        throw new UnsupportedOperationException("a kiosk only issues tickets");
    }

    @Override
    public TicketView recall(long officeId, long counterId) {
        throw new UnsupportedOperationException("a kiosk only issues tickets");
    }

    @Override
    public TicketView start(long officeId, long counterId) {
        throw new UnsupportedOperationException("a kiosk only issues tickets");
    }

    @Override
    public TicketView finish(long officeId, long counterId) {
        throw new UnsupportedOperationException("a kiosk only issues tickets");
    }

    @Override
    public TicketView noShow(long officeId, long counterId) {
        throw new UnsupportedOperationException("a kiosk only issues tickets");
    }

    @Override
    public TicketView park(long officeId, long counterId) {
        throw new UnsupportedOperationException("a kiosk only issues tickets");
    }

    @Override
    public TicketView unpark(long officeId, long counterId, CallTicketRequest call) {
        throw new UnsupportedOperationException("a kiosk only issues tickets");
    }

    @Override
    public TicketView transfer(long officeId, long counterId, TransferRequest to) {
        throw new UnsupportedOperationException("a kiosk only issues tickets");
    }

    @Override
    public void pause(long officeId, long counterId, PauseRequest pause) {
        throw new UnsupportedOperationException("a kiosk only issues tickets");
    }

    @Override
    public void resume(long officeId, long counterId) {
        throw new UnsupportedOperationException("a kiosk only issues tickets");
    }

    @Override
    public MyDay myDay(long officeId) {
        throw new UnsupportedOperationException("a kiosk only issues tickets");
    }
}
