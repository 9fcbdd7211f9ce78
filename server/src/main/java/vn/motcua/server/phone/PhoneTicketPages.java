package vn.motcua.server.phone;

import static vn.motcua.server.shared.PublicPage.esc;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.client.api.IssuedTicket;
import vn.motcua.client.api.ServiceAreaView;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficePages;
import vn.motcua.server.shared.BadRequestException;
import vn.motcua.server.shared.RefusedException;
import vn.motcua.server.shared.TooManyRequestsException;

/**
 * The public page that gives a ticket to a phone: plain forms with no script (the area and the mobile number, then
 * the code the SMS brought), and then the queue's own ticket page, where the place is followed. Vietnamese, or English
 * with lang=en. In the demo profile alone, which sends no SMS, the page shows the code under a "demo only" banner.
 */
@RestController
@Tag(name = "public pages")
class PhoneTicketPages {

    private static final String PREFIX = "phone";
    private static final String PATH = "/cong-khai/{o}/lay-so";
    private static final Set<String> REFUSALS = Set.of(
            "NOT_OFFERED",
            "OFFICE_CLOSED",
            "PHONE_HAS_TICKET",
            "DAY_FULL",
            "TOO_MANY_CODES",
            "CODE_UNKNOWN",
            "CODE_USED",
            "CODE_EXPIRED",
            "CODE_SPENT",
            "DAILY_LIMIT",
            "AREA_CLOSED");
    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private final PhoneTickets tickets;
    private final PhoneThrottle throttle;
    private final OfficePages pages;
    private final boolean demo;

    PhoneTicketPages(PhoneTickets tickets, PhoneThrottle throttle, OfficePages pages, Environment environment) {
        this.tickets = tickets;
        this.throttle = throttle;
        this.pages = pages;
        this.demo = environment.matchesProfiles("demo");
    }

    @GetMapping(value = "/cong-khai/{officeId}/lay-so", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(
            summary = "The office's form to take a ticket from the phone: the area and a mobile number",
            description = "Callers: anyone, without sign-in. 404 page where the office gives no tickets to phones; "
                    + "while it is closed, its hours instead of the form. lang=en for English.")
    ResponseEntity<String> form(@PathVariable String officeId, @RequestParam(defaultValue = "vi") String lang) {
        Locale locale = OfficePages.locale(lang);
        Optional<Office> found = pages.office(officeId);
        if (found.isEmpty()) {
            return pages.notFound(locale, PREFIX);
        }
        Office office = found.get();
        if (!tickets.offered(office)) {
            return page(404, locale, office, paragraph(locale, "phone.page.refused.NOT_OFFERED"));
        }
        if (!tickets.open(office)) {
            return page(
                    200,
                    locale,
                    office,
                    paragraph(
                            locale,
                            "phone.page.refused.OFFICE_CLOSED",
                            office.view().opensAt().toString(),
                            office.view().closesAt().toString()));
        }
        return page(200, locale, office, startBody(locale, office, Map.of(), Set.of()));
    }

    @PostMapping(
            value = "/cong-khai/{officeId}/lay-so",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    @Operation(
            summary = "Send a one-time code by SMS to the number typed",
            description = "Callers: anyone, without sign-in. The form for the code (200); the form again with the "
                    + "faulty fields marked (400); the reason no code is sent (404 not offered; 409 office closed, "
                    + "the number holds today's ticket or had " + PhoneTickets.CODES_PER_PHONE + " codes today, the "
                    + "day's tickets all given); a page asking to wait (429, Retry-After) after "
                    + PhoneThrottle.FREE_CODES_PER_ADDRESS + " codes from one address within a day.")
    ResponseEntity<String> sendCode(
            @PathVariable String officeId,
            @RequestParam Map<String, String> fields,
            @RequestParam(defaultValue = "vi") String lang,
            HttpServletRequest http) {
        Locale locale = OfficePages.locale(lang);
        Optional<Office> found = pages.office(officeId);
        if (found.isEmpty()) {
            return pages.notFound(locale, PREFIX);
        }
        Office office = found.get();
        try {
            throttle.checkCode(http.getRemoteAddr());
        } catch (TooManyRequestsException tooMany) {
            return tooMany(locale, office, tooMany);
        }
        String area = fields.get("area");
        PhoneTickets.CodeSent sent;
        try {
            sent = tickets.sendCode(
                    office,
                    area != null && ID.matcher(area).matches() ? Long.parseLong(area) : null,
                    fields.get("phone"),
                    locale.getLanguage());
        } catch (BadRequestException bad) {
            return page(400, locale, office, startBody(locale, office, fields, Set.of(bad.field())));
        } catch (RefusedException refused) {
            return refusal(locale, office, refused);
        }
        throttle.codeSent(http.getRemoteAddr());
        return page(200, locale, office, codeBody(locale, office, sent.request().toString(), Set.of(), null, sent));
    }

    @PostMapping(
            value = "/cong-khai/{officeId}/lay-so/xac-nhan",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    @Operation(
            summary = "Take the ticket with the code the SMS brought",
            description = "Callers: anyone with the code. 303 to the ticket's public page; the code's form again "
                    + "(400) for a code that is not " + PhoneTickets.CODE_DIGITS + " digits or is wrong (with the "
                    + "tries left); the reason no ticket is given (409: the code expired, was used, had "
                    + PhoneTickets.WRONG_TRIES + " wrong tries or is unknown, the office closed, the number holds "
                    + "today's ticket, the day's tickets all given); 429 after "
                    + PhoneThrottle.FREE_WRONG_CODES_PER_ADDRESS + " wrong codes from one address within a day.")
    ResponseEntity<String> take(
            @PathVariable String officeId,
            @RequestParam Map<String, String> fields,
            @RequestParam(defaultValue = "vi") String lang,
            HttpServletRequest http) {
        Locale locale = OfficePages.locale(lang);
        Optional<Office> found = pages.office(officeId);
        if (found.isEmpty()) {
            return pages.notFound(locale, PREFIX);
        }
        Office office = found.get();
        try {
            throttle.checkTry(http.getRemoteAddr());
        } catch (TooManyRequestsException tooMany) {
            return tooMany(locale, office, tooMany);
        }
        String request = fields.getOrDefault("request", "");
        IssuedTicket issued;
        try {
            issued = tickets.take(office, request, fields.get("code"));
        } catch (BadRequestException bad) {
            if ("request".equals(bad.field())) {
                return refusal(
                        locale, office, new RefusedException(HttpStatus.BAD_REQUEST, "CODE_UNKNOWN", "CODE_UNKNOWN"));
            }
            return page(400, locale, office, codeBody(locale, office, request, Set.of("code"), null, null));
        } catch (RefusedException refused) {
            if ("WRONG_CODE".equals(refused.code())) {
                throttle.wrongCode(http.getRemoteAddr());
                String wrong = pages.text(
                        locale, "phone.page.wrongCode", refused.details().get("triesLeft"));
                return page(400, locale, office, codeBody(locale, office, request, Set.of(), wrong, null));
            }
            return refusal(locale, office, refused);
        }
        return ResponseEntity.status(303)
                .location(
                        URI.create("/t/" + office.id() + "/" + issued.ticket().id() + "?lang=" + locale.getLanguage()))
                .build();
    }

    private String startBody(Locale locale, Office office, Map<String, String> values, Set<String> faulty) {
        List<ServiceAreaView> areas =
                office.view().areas().stream().filter(ServiceAreaView::active).toList();
        StringBuilder form = new StringBuilder();
        if (!faulty.isEmpty()) {
            form.append("<p class=e role=alert>")
                    .append(pages.text(locale, "phone.page.fix"))
                    .append("</p>");
        }
        form.append(paragraph(locale, "phone.page.intro"))
                .append("<form method=post action='")
                .append(esc(OfficePages.path(office, locale, PATH)))
                .append("'>")
                .append(pages.label(locale, PREFIX, "area", faulty))
                .append("<select id=area name=area required>");
        for (ServiceAreaView a : areas) {
            form.append("<option value=")
                    .append(a.id())
                    .append(String.valueOf(a.id()).equals(values.get("area")) ? " selected>" : ">")
                    .append(esc(locale == Locale.ENGLISH && a.nameEn() != null ? a.nameEn() : a.name()))
                    .append("</option>");
        }
        return form.append("</select>")
                .append(pages.label(locale, PREFIX, "phone", faulty))
                .append("<input id=phone name=phone type=tel inputmode=tel maxlength=20 required autocomplete=tel"
                        + " value='")
                .append(esc(values.get("phone")))
                .append("'>")
                .append(paragraph(locale, "phone.page.phoneUse"))
                .append("<button type=submit>")
                .append(pages.text(locale, "phone.page.send"))
                .append("</button></form>")
                .toString();
    }

    private String codeBody(
            Locale locale,
            Office office,
            String request,
            Set<String> faulty,
            String wrong,
            PhoneTickets.CodeSent sent) {
        StringBuilder body = new StringBuilder();
        if (wrong != null) {
            body.append("<p class=e role=alert>").append(wrong).append("</p>");
        }
        if (sent != null) {
            body.append(paragraph(locale, "phone.page.codeSent", PhoneTickets.CODE_LIFE.toMinutes()));
            if (demo) {
                body.append("<p class=q role=note><strong>")
                        .append(pages.text(locale, "phone.page.demo"))
                        .append("</strong> <span id=demo-code>")
                        .append(esc(sent.code()))
                        .append("</span></p>");
            }
        }
        return body.append("<form method=post action='")
                .append(esc(OfficePages.path(office, locale, PATH + "/xac-nhan")))
                .append("'><input type=hidden name=request value='")
                .append(esc(request))
                .append("'>")
                .append(pages.label(locale, PREFIX, "code", faulty))
                .append("<input id=code name=code type=text inputmode=numeric pattern='[0-9]{")
                .append(PhoneTickets.CODE_DIGITS)
                .append("}' maxlength=")
                .append(PhoneTickets.CODE_DIGITS)
                .append(" required autocomplete=one-time-code><button type=submit>")
                .append(pages.text(locale, "phone.page.take"))
                .append("</button></form>")
                .toString();
    }

    private ResponseEntity<String> refusal(Locale locale, Office office, RefusedException refused) {
        Map<String, Object> details = refused.details();
        // the queue's own refusals when it is being rebuilt (503) have one text: try again
        String code = REFUSALS.contains(refused.code()) ? refused.code() : "UNAVAILABLE";
        String reason = "<p class=e role=alert>"
                + pages.text(
                        locale,
                        "phone.page.refused." + code,
                        details.getOrDefault("opensAt", ""),
                        details.getOrDefault("closesAt", ""))
                + "</p><p><a href='" + esc(OfficePages.path(office, locale, PATH)) + "'>"
                + pages.text(locale, "phone.page.again") + "</a></p>";
        return page(refused.status().value(), locale, office, reason);
    }

    private ResponseEntity<String> tooMany(Locale locale, Office office, TooManyRequestsException tooMany) {
        return page(
                ResponseEntity.status(429).header(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds())),
                locale,
                office,
                "<p class=e>" + pages.text(locale, "phone.page.refused." + tooMany.code()) + "</p>");
    }

    private String paragraph(Locale locale, String key, Object... args) {
        return "<p>" + pages.text(locale, key, args) + "</p>";
    }

    private ResponseEntity<String> page(int status, Locale locale, Office office, String body) {
        return page(ResponseEntity.status(status), locale, office, body);
    }

    private ResponseEntity<String> page(ResponseEntity.BodyBuilder answer, Locale locale, Office office, String body) {
        return pages.page(answer, locale, office, PREFIX, PATH, body);
    }
}
