package vn.motcua.server.queue;

import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;
import vn.motcua.client.api.IssuedTicket;
import vn.motcua.client.api.ServiceAreaView;
import vn.motcua.client.api.TicketStatus;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.shared.BadRequestException;
import vn.motcua.server.shared.NotFoundException;

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
    ResponseEntity<String> page(
            @PathVariable long officeId,
            @PathVariable String ticketId,
            @RequestParam(defaultValue = "vi") String lang) {
        Locale locale = locale(lang);
        Optional<Place> place = place(officeId, ticketId, locale);
        if (place.isEmpty()) {
            return ResponseEntity.status(404)
                    .contentType(MediaType.TEXT_HTML)
                    .body(html(locale, "<p>" + text("ticket.page.notFound", locale) + "</p>"));
        }
        Place p = place.get();
        String other = "en".equals(locale.getLanguage()) ? "vi" : "en";
        String body = "<p class=o>" + esc(p.office()) + "</p>"
                + "<p class=n>" + esc(p.code()) + "</p>"
                + "<p>" + esc(p.area()) + "</p>"
                + "<p class=s id=status>" + esc(p.status()) + "</p>"
                + "<p id=ahead>" + esc(p.ahead()) + "</p><p id=wait>" + esc(p.waitText()) + "</p>"
                + "<p class=f>" + text("ticket.page.live", locale) + "</p>"
                + "<p class=f><a href='" + esc(feedbackHref(officeId, p.code(), locale)) + "'>"
                + text("ticket.page.feedback", locale) + "</a></p>"
                + "<p class=f><a href='?lang=" + other + "' lang=" + other + ">"
                + text("ticket.page.otherLanguage", locale)
                + "</a></p><script src='/t/ticket-page.js' defer></script>";
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(html(locale, body));
    }

    /** The office's feedback form, with this ticket's number filled in. */
    private static String feedbackHref(long officeId, String ticketCode, Locale locale) {
        return UriComponentsBuilder.fromPath("/cong-khai/{o}/phan-anh")
                .queryParam("about", ticketCode)
                .queryParam("lang", locale.getLanguage())
                .encode()
                .buildAndExpand(officeId)
                .toUriString();
    }

    /** What the page shows, for its script to follow without reloading (polled every 10 s). */
    @GetMapping(value = "/t/{officeId}/{ticketId}/place", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Place> place(
            @PathVariable long officeId,
            @PathVariable String ticketId,
            @RequestParam(defaultValue = "vi") String lang) {
        return place(officeId, ticketId, locale(lang))
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private Optional<Place> place(long officeId, String ticketId, Locale locale) {
        IssuedTicket position;
        Office office;
        try {
            office = offices.get(officeId);
            position = engine.position(officeId, ticketId);
        } catch (NotFoundException | BadRequestException e) {
            return Optional.empty();
        }
        boolean waiting = position.ticket().status() == TicketStatus.WAITING;
        return Optional.of(new Place(
                office.view().name(),
                position.ticket().code(),
                office.area(position.ticket().areaId())
                        .map(ServiceAreaView::name)
                        .orElse(""),
                message("ticket.status." + position.ticket().status().name(), locale),
                waiting ? message("ticket.page.ahead", locale, position.peopleAhead()) : "",
                waiting
                        ? message(
                                "ticket.page.wait",
                                locale,
                                position.estimatedWait().toMinutes())
                        : ""));
    }

    /** The page's texts, already in the citizen's language. */
    record Place(String office, String code, String area, String status, String ahead, String waitText) {}

    private String html(Locale locale, String body) {
        return "<!doctype html><html lang=" + locale.getLanguage() + "><head><meta charset=utf-8>"
                + "<meta name=viewport content='width=device-width,initial-scale=1'>"
                + "<title>" + text("ticket.page.title", locale) + "</title><style>body{font-family:sans-serif;"
                + "text-align:center;margin:1.5em;font-size:1.2em}.n{font-size:4em;font-weight:bold;margin:.2em}"
                + ".s{font-weight:bold}.o,.f{color:#555;font-size:.8em}</style></head><body>" + body + "</body></html>";
    }

    private static Locale locale(String lang) {
        return "en".equals(lang) ? Locale.ENGLISH : Locale.of("vi");
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return esc(messages.getMessage(key, args, locale));
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
