package vn.motcua.kiosk.ticket;

import vn.motcua.client.api.IssuedTicket;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.PriorityGroup;
import vn.motcua.kiosk.device.Pairing;
import vn.motcua.kiosk.device.PairedDevices;

record ClientTicketDesk(PairedDevices devices, Pairing kiosk) implements TicketDesk {

    @Override
    public OfficeView office() {
        return devices.client(kiosk).office(kiosk.officeId());
    }

    @Override
    public IssuedTicket issue(long areaId, PriorityGroup priority) {
        return devices.client(kiosk).issueTicket(kiosk.officeId(), areaId, priority);
    }

    @Override
    public byte[] slip(String ticketId, String language) {
        return devices.client(kiosk).ticketSlip(kiosk.officeId(), ticketId, language);
    }
}
