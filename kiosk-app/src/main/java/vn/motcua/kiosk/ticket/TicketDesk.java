package vn.motcua.kiosk.ticket;

import java.util.List;
import vn.motcua.client.api.AppointmentView;
import vn.motcua.client.api.IssuedTicket;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.PriorityGroup;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.kiosk.lookup.DossierDesk;

/** All the ticket kiosk asks of the server. Each throws ApiException, UNREACHABLE included. */
interface TicketDesk extends DossierDesk {

    OfficeView office();

    IssuedTicket issue(long areaId, PriorityGroup priority);

    /** The ticket's 80 mm slip as a PDF, in "vi" or "en". */
    byte[] slip(String ticketId, String language);

    /** Checks in a booking of today by its code: its ticket, the same one again for a second check-in. */
    IssuedTicket checkIn(String code);

    /** A booking by its code, for when a check-in is refused: when it opens, which day it is. */
    AppointmentView appointment(String code);

    /** The office's active procedures, for citizens to browse before they take a ticket. */
    List<ProcedureView> procedures();
}
