package vn.motcua.kiosk.ticket;

import vn.motcua.client.api.IssuedTicket;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.PriorityGroup;

/** All the ticket kiosk asks of the server. Each throws ApiException, UNREACHABLE included. */
interface TicketDesk {

    OfficeView office();

    IssuedTicket issue(long areaId, PriorityGroup priority);

    /** The ticket's 80 mm slip as a PDF, in "vi" or "en". */
    byte[] slip(String ticketId, String language);
}
