package vn.motcua.kiosk.ticket;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.IssueTicketRequest;
import vn.motcua.client.api.IssuedTicket;
import vn.motcua.client.api.TicketStatus;
import vn.motcua.client.api.TicketView;

/** Issues ticket A023 with four people ahead, or fails as told; each request added to the log ({@code QueueApi}). */
final class FakeQueueApi {

    final List<IssueTicketRequest> requests = new ArrayList<>();
    ApiException issueFailure;
    private final List<String> calls;

    FakeQueueApi(List<String> calls) {
        this.calls = calls;
    }

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
}
