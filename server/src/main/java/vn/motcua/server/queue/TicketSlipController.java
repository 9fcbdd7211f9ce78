package vn.motcua.server.queue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDateTime;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.client.api.IssuedTicket;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.ServiceAreaView;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.report.PdfReports;
import vn.motcua.server.report.TicketSlip;
import vn.motcua.server.security.Access;

@RestController
@Tag(name = "tickets")
class TicketSlipController {

    private final QueueEngine engine;
    private final OfficeDirectory offices;
    private final PdfReports reports;
    private final PublicLinks links;
    private final Access access;

    TicketSlipController(
            QueueEngine engine, OfficeDirectory offices, PdfReports reports, PublicLinks links, Access access) {
        this.engine = engine;
        this.offices = offices;
        this.reports = reports;
        this.links = links;
        this.access = access;
    }

    @GetMapping(
            value = "/api/v1/offices/{officeId}/tickets/{ticketId}/slip.pdf",
            produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "The 80 mm ticket slip to print",
            description = "Callers: a KIOSK of the office, or its "
                    + "CLERK, HEAD or ADMIN. The slip carries the current place in the queue and a QR code of the public "
                    + "ticket page, and the priority group chosen if any; lang=en prints English first.")
    ResponseEntity<byte[]> slip(
            @PathVariable long officeId,
            @PathVariable String ticketId,
            @RequestParam(defaultValue = "vi") String lang) {
        access.require(officeId, Role.KIOSK, Role.CLERK, Role.HEAD, Role.ADMIN);
        Locale language = "en".equals(lang) ? Locale.ENGLISH : Locale.of("vi");
        IssuedTicket position = engine.position(officeId, ticketId);
        Office office = offices.get(officeId);
        String area = office.area(position.ticket().areaId())
                .map(ServiceAreaView::name)
                .orElse("");
        LocalDateTime issued = LocalDateTime.ofInstant(position.ticket().issuedAt(), office.zone());
        byte[] pdf = reports.ticketSlip(new TicketSlip(
                office.view().name(),
                position.ticket().code(),
                area,
                position.ticket().priority(),
                issued,
                position.peopleAhead(),
                (int) position.estimatedWait().toMinutes(),
                links.ticket(officeId, position.ticket().id(), language),
                language));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(pdf);
    }
}
