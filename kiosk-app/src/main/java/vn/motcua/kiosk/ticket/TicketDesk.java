package vn.motcua.kiosk.ticket;

import java.util.List;
import vn.motcua.client.api.IssuedTicket;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.PriorityGroup;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.kiosk.feedback.FeedbackDesk;
import vn.motcua.kiosk.lookup.DossierDesk;

/** All the ticket kiosk asks of the server. Each throws ApiException, UNREACHABLE included. */
interface TicketDesk extends DossierDesk, FeedbackDesk {

    OfficeView office();

    IssuedTicket issue(long areaId, PriorityGroup priority);

    /** The ticket's 80 mm slip as a PDF, in "vi" or "en". */
    byte[] slip(String ticketId, String language);

    /** The office's active procedures, for citizens to browse before they take a ticket. */
    List<ProcedureView> procedures();
}
