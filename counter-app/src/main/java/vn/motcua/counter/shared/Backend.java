package vn.motcua.counter.shared;

import java.util.List;

import com.vaadin.flow.shared.Registration;

import vn.motcua.client.LiveListener;
import vn.motcua.client.api.AccessToken;
import vn.motcua.client.api.OfficeSnapshot;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.TicketView;

/**
 * The part of the server's API that this app's screens use, for one signed-in staff member. Kept this
 * small so that every view can be tested against an in-memory fake. Refusals are ApiExceptions.
 */
public interface Backend {

    AccessToken signIn(String username, String password);

    List<OfficeView> offices();

    OfficeSnapshot snapshot(long officeId);

    TicketView callNext(long officeId, long counterId);

    TicketView callTicket(long officeId, long counterId, String ticketId);

    TicketView recall(long officeId, long counterId);

    TicketView start(long officeId, long counterId);

    TicketView finish(long officeId, long counterId);

    TicketView noShow(long officeId, long counterId);

    TicketView park(long officeId, long counterId);

    TicketView unpark(long officeId, long counterId, String ticketId);

    TicketView transferToArea(long officeId, long counterId, long areaId);

    TicketView transferToCounter(long officeId, long counterId, long toCounterId);

    void pause(long officeId, long counterId, String reason);

    void resume(long officeId, long counterId);

    /** Follows the office's queue live (snapshot, then events, resynchronised after any gap) until removed. */
    Registration follow(long officeId, LiveListener listener);
}
