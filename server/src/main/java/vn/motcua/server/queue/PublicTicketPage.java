package vn.motcua.server.queue;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import vn.motcua.client.api.IssuedTicket;
import vn.motcua.client.api.ServiceAreaView;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.shared.NotFoundException;
import vn.motcua.client.api.TicketStatus;
import vn.motcua.server.shared.BadRequestException;

/**
 * The page a citizen's phone opens from the slip's QR code: the ticket's place in the queue. Plain
 * server-rendered HTML of a few kilobytes that refreshes itself, so it is fast on a cheap phone. The
 * ticket id is a random UUID, which is what keeps other people's tickets out of reach.
 */
@RestController
class PublicTicketPage {

    private final QueueEngine engine;
    private final OfficeDirectory offices;
    private final MessageSource messages;

    PublicTicketPage(QueueEngine engine, OfficeDirectory offices, MessageSource messages) {
        this.engine = engine;
        this.offices = offices;
        this.messages = messages;
    }

    @GetMapping(value = "/t/{officeId}/{ticketId}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable long officeId, @PathVariable String ticketId,
                                @RequestParam(defaultValue = "vi") String lang) {
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.of("vi");
        IssuedTicket position;
        Office office;
        try {
            office = offices.get(officeId);
            position = engine.position(officeId, ticketId);
        } catch (NotFoundException | BadRequestException e) {
            return ResponseEntity.status(404).contentType(MediaType.TEXT_HTML)
                    .body(html(locale, text("ticket.page.title", locale), "<p>" + text("ticket.page.notFound", locale) + "</p>"));
        }
        String area = office.area(position.ticket().areaId()).map(ServiceAreaView::name).orElse("");
        String status = text("ticket.status." + position.ticket().status().name(), locale);
        String body = "<p class=o>" + esc(office.view().name()) + "</p>"
                + "<p class=n>" + esc(position.ticket().code()) + "</p>"
                + "<p>" + esc(area) + "</p>"
                + "<p class=s>" + esc(status) + "</p>"
                + (position.ticket().status() == TicketStatus.WAITING
                ? "<p>" + text("ticket.page.ahead", locale, position.peopleAhead()) + "</p><p>"
                + text("ticket.page.wait", locale, position.estimatedWait().toMinutes()) + "</p>" : "")
                + "<p class=f>" + text("ticket.page.refresh", locale) + "</p>";
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(html(locale, text("ticket.page.title", locale), body));
    }

    private String html(Locale locale, String title, String body) {
        return "<!doctype html><html lang=" + locale.getLanguage() + "><head><meta charset=utf-8>"
                + "<meta name=viewport content='width=device-width,initial-scale=1'><meta http-equiv=refresh content=20>"
                + "<title>" + esc(title) + "</title><style>body{font-family:sans-serif;text-align:center;margin:1.5em;"
                + "font-size:1.2em}.n{font-size:4em;font-weight:bold;margin:.2em}.s{font-weight:bold}.o,.f{color:#555;"
                + "font-size:.8em}</style></head><body>" + body + "</body></html>";
    }

    private String text(String key, Locale locale, Object... args) {
        return esc(messages.getMessage(key, args, locale));
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
