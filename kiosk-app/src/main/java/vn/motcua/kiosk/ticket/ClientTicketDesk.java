package vn.motcua.kiosk.ticket;

import java.util.List;
import java.util.Locale;
import vn.motcua.client.api.AppointmentView;
import vn.motcua.client.api.DossierPublicView;
import vn.motcua.client.api.IssuedTicket;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.PriorityGroup;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.kiosk.device.PairedDevices;
import vn.motcua.kiosk.device.Pairing;

record ClientTicketDesk(PairedDevices devices, Pairing kiosk) implements TicketDesk {

    @Override
    public OfficeView office() {
        return devices.client(kiosk).offices().office(kiosk.officeId());
    }

    @Override
    public IssuedTicket issue(long areaId, PriorityGroup priority) {
        return devices.client(kiosk).queue().issueTicket(kiosk.officeId(), areaId, priority);
    }

    @Override
    public byte[] slip(String ticketId, String language) {
        return devices.client(kiosk).files().ticketSlip(kiosk.officeId(), ticketId, language);
    }

    @Override
    public IssuedTicket checkIn(String code) {
        return devices.client(kiosk).appointments().checkIn(kiosk.officeId(), code);
    }

    @Override
    public AppointmentView appointment(String code) {
        return devices.client(kiosk).appointments().appointment(kiosk.officeId(), code);
    }

    @Override
    public List<ProcedureView> procedures() {
        return devices.client(kiosk).offices().procedures(kiosk.officeId(), null);
    }

    @Override
    public DossierPublicView byReceipt(String code, String token, Locale language) {
        return devices.client(kiosk).dossiers().publicDossier(code, token, language);
    }

    @Override
    public DossierPublicView byPhone(String code, String phoneLast4, Locale language) {
        return devices.client(kiosk).dossiers().dossierAtKiosk(kiosk.officeId(), code, phoneLast4, language);
    }
}
