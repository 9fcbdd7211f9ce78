package vn.motcua.server.dossier;

import static vn.motcua.server.shared.PublicPage.esc;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import vn.motcua.client.api.DossierPublicView;
import vn.motcua.client.api.Role;
import vn.motcua.server.security.Access;
import vn.motcua.server.security.Caller;
import vn.motcua.server.shared.NotFoundException;
import vn.motcua.server.shared.PublicPage;
import vn.motcua.server.shared.TooManyRequestsException;

/**
 * What a citizen's phone opens from the receipt's QR code: a few kilobytes of server-rendered HTML, and the
 * same as JSON for apps. No sign-in; the token in the link is the key.
 */
@RestController
@Tag(name = "public dossier lookup", description = "A dossier's status for the holder of its receipt; no sign-in")
class PublicDossierController {

    private final PublicDossierLookup lookup;
    private final Access access;
    private final MessageSource messages;

    PublicDossierController(PublicDossierLookup lookup, Access access, MessageSource messages) {
        this.messages = messages;
        this.lookup = lookup;
        this.access = access;
    }

    @GetMapping("/api/v1/offices/{officeId}/kiosk/dossiers/{code}")
    @Operation(
            summary = "A dossier's status for a citizen at a kiosk who typed its code",
            description = "Callers: a KIOSK of the office. The last four digits of the applicant's phone stand in "
                    + "for the QR token; 404 when either does not match, 429 after five wrong phone numbers for one dossier (one more try every 6 minutes). "
                    + "Status and next step in English with Accept-Language: en, else in Vietnamese.")
    DossierPublicView atKiosk(
            @PathVariable long officeId,
            @PathVariable String code,
            @RequestParam(name = "phone", required = false) String phoneLast4,
            Locale requested) {
        access.require(officeId, Role.KIOSK);
        return lookup.findAtKiosk(officeId, code, phoneLast4, language(requested))
                .orElseThrow(() -> new NotFoundException("dossier", code));
    }

    @GetMapping("/api/v1/public/dossiers/{code}")
    @Operation(
            summary = "A dossier's status, masked name and due date",
            description = "Callers: anyone with the token of the receipt's QR link. 404 for an unknown code or a "
                    + "wrong token alike; 429 TOO_MANY_ATTEMPTS after repeated failures from one address. Status and "
                    + "next step in English with Accept-Language: en, else in Vietnamese.")
    DossierPublicView json(
            @PathVariable String code,
            @RequestParam(name = "k", required = false) String token,
            HttpServletRequest request,
            Locale requested) {
        return lookup.find(code, token, throttleKey(request), language(requested))
                .orElseThrow(() -> new NotFoundException("dossier", code));
    }

    /** Vietnamese unless English is asked for: the server's texts exist in these two only. */
    private static Locale language(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : NextSteps.VIETNAMESE;
    }

    /** A signed-in kiosk is counted on its own; anyone else by address. */
    private String throttleKey(HttpServletRequest request) {
        return access.signedIn().filter(Caller::isDevice).map(Caller::subject).orElse(request.getRemoteAddr());
    }

    @GetMapping(value = "/d/{code}", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(
            summary = "The phone page of the receipt's QR code, in Vietnamese or (lang=en) English",
            description = "Callers: anyone with the token. 404 for an unknown code or a wrong token alike; 429 after "
                    + "repeated failures from one address.")
    ResponseEntity<String> page(
            @PathVariable String code,
            @RequestParam(name = "k", required = false) String token,
            @RequestParam(defaultValue = "vi") String lang,
            HttpServletRequest request) {
        Locale locale = language(Locale.forLanguageTag(lang));
        Optional<DossierPublicView> found;
        try {
            found = lookup.find(code, token, request.getRemoteAddr(), locale);
        } catch (TooManyRequestsException tooMany) {
            return PublicPage.of(
                    ResponseEntity.status(429)
                            .header(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds())),
                    locale,
                    text(locale, "dossier.page.title"),
                    "<p>" + esc(tooMany.getMessage()) + "</p>");
        }
        if (found.isEmpty()) {
            return html(404, locale, "<p>" + text(locale, "dossier.page.notFound") + "</p>");
        }
        DossierPublicView d = found.get();
        Locale other = locale == Locale.ENGLISH ? NextSteps.VIETNAMESE : Locale.ENGLISH;
        String otherHref = UriComponentsBuilder.fromPath("/d/{code}")
                .queryParam("k", token)
                .queryParam("lang", other.getLanguage())
                .encode()
                .buildAndExpand(code)
                .toUriString();
        return html(
                200,
                locale,
                "<p class=c>" + esc(d.code()) + "</p>"
                        + "<p>" + esc(d.procedureName()) + "</p>"
                        + "<p>" + text(locale, "dossier.page.applicant", d.applicant()) + "</p>"
                        + "<p class=s>" + esc(d.statusLabel()) + "</p>"
                        + "<p>"
                        + text(
                                locale,
                                "dossier.page.due",
                                DateTimeFormatter.ofPattern(messages.getMessage("dossier.page.dueFormat", null, locale))
                                        .format(d.dueAt()))
                        + "</p>"
                        + "<p>" + esc(d.nextStep()) + "</p>"
                        + "<p class=l><a href='" + esc(feedbackHref(d, locale)) + "'>"
                        + text(locale, "dossier.page.feedback") + "</a></p>"
                        + "<p class=l><a href='" + esc(otherHref) + "'>" + text(other, "dossier.page.language")
                        + "</a></p>");
    }

    /** The office's feedback form, with this dossier's code filled in, so that a complaint counts for it (5.4). */
    private static String feedbackHref(DossierPublicView d, Locale locale) {
        return UriComponentsBuilder.fromPath("/cong-khai/{o}/phan-anh")
                .queryParam("about", d.code())
                .queryParam("lang", locale.getLanguage())
                .encode()
                .buildAndExpand(d.officeId())
                .toUriString();
    }

    private String text(Locale locale, String key, Object... args) {
        // without arguments the text is taken as written, so the quotes of a date pattern survive
        return esc(messages.getMessage(key, args.length == 0 ? null : args, locale));
    }

    private ResponseEntity<String> html(int status, Locale locale, String body) {
        return PublicPage.of(status, locale, text(locale, "dossier.page.title"), body);
    }
}
