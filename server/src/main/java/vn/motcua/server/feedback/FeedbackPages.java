package vn.motcua.server.feedback;

import static vn.motcua.server.shared.PublicPage.esc;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import vn.motcua.client.api.FeedbackCategory;
import vn.motcua.client.api.FeedbackChannel;
import vn.motcua.client.api.FeedbackRequest;
import vn.motcua.client.api.FeedbackStatus;
import vn.motcua.client.api.FeedbackView;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficePages;
import vn.motcua.server.shared.PublicPage;
import vn.motcua.server.shared.TooManyRequestsException;

/**
 * The public feedback page of an office, for a phone: a form that needs no sign-in and no script, the answers the
 * office published, and a page to follow one's own feedback by its reference. Vietnamese, or English with lang=en.
 */
@RestController
@Tag(name = "public pages")
class FeedbackPages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int PUBLISHED_SHOWN = 20;

    private final Feedbacks feedbacks;
    private final FilingThrottle throttle;
    private final OfficePages pages;
    private final Validator validator;

    FeedbackPages(Feedbacks feedbacks, FilingThrottle throttle, OfficePages pages, Validator validator) {
        this.feedbacks = feedbacks;
        this.throttle = throttle;
        this.pages = pages;
        this.validator = validator;
    }

    @GetMapping(value = "/cong-khai/{officeId}/phan-anh", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(
            summary = "The office's feedback form and the answers it published",
            description = "Callers: anyone, without sign-in. about= fills in the ticket number or dossier code the "
                    + "feedback is about (the ticket and receipt pages link here with it); lang=en for English.")
    ResponseEntity<String> form(
            @PathVariable String officeId,
            @RequestParam(required = false) String about,
            @RequestParam(defaultValue = "vi") String lang) {
        Locale locale = OfficePages.locale(lang);
        return pages.office(officeId)
                .map(office ->
                        page(200, locale, office, formBody(locale, office, Map.of("subject", clip(about)), Set.of())))
                .orElseGet(() -> pages.notFound(locale, "feedback"));
    }

    @PostMapping(
            value = "/cong-khai/{officeId}/phan-anh",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    @Operation(
            summary = "File feedback from the public form",
            description = "Callers: anyone, without sign-in. The same form again with the faulty fields marked (400), "
                    + "a page with the reference to follow it (200), or a page asking to wait (429, Retry-After) after "
                    + FilingThrottle.FREE_PER_ADDRESS
                    + " filings from one address within a day.")
    ResponseEntity<String> file(
            @PathVariable String officeId,
            @RequestParam Map<String, String> fields,
            @RequestParam(defaultValue = "vi") String lang,
            HttpServletRequest http) {
        Locale locale = OfficePages.locale(lang);
        Optional<Office> found = pages.office(officeId);
        if (found.isEmpty()) {
            return pages.notFound(locale, "feedback");
        }
        Office office = found.get();
        Set<String> faulty = new LinkedHashSet<>();
        FeedbackCategory category = null;
        try {
            category = FeedbackCategory.valueOf(fields.getOrDefault("category", ""));
        } catch (IllegalArgumentException unknown) {
            faulty.add("category");
        }
        FeedbackRequest request = new FeedbackRequest(
                category,
                fields.getOrDefault("content", "").strip(),
                blankToNull(fields.get("contactName")),
                blankToNull(fields.get("phone")),
                blankToNull(fields.get("email")),
                "on".equals(fields.get("publishConsent")),
                blankToNull(fields.get("subject")));
        for (ConstraintViolation<FeedbackRequest> violation : validator.validate(request)) {
            faulty.add(violation.getPropertyPath().toString());
        }
        if (!faulty.isEmpty()) {
            return page(400, locale, office, formBody(locale, office, fields, faulty));
        }
        try {
            throttle.check(http.getRemoteAddr());
        } catch (TooManyRequestsException tooMany) {
            return page(
                    ResponseEntity.status(429)
                            .header(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds())),
                    locale,
                    office,
                    "<p class=e>" + pages.text(locale, "feedback.page.tooMany") + "</p>");
        }
        FeedbackStatus filed = feedbacks.file(office.id(), request, FeedbackChannel.WEB);
        throttle.filed(http.getRemoteAddr());
        return page(
                200,
                locale,
                office,
                "<p>" + pages.text(locale, "feedback.page.filed") + "</p><p class=c>" + esc(filed.reference())
                        + "</p><p>"
                        + pages.text(locale, "feedback.page.due", DAY.format(filed.answerDueOn())) + "</p><p><a href='"
                        + esc(OfficePages.path(office, locale, "/cong-khai/{o}/phan-anh/{r}", filed.reference())) + "'>"
                        + pages.text(locale, "feedback.page.follow") + "</a></p>");
    }

    @GetMapping(value = "/cong-khai/{officeId}/phan-anh/{reference}", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(
            summary = "Follow one's feedback by its reference: received, due, and the answer once given",
            description = "Callers: anyone with the reference; 404 page for an unknown one. No contact detail shown.")
    ResponseEntity<String> follow(
            @PathVariable String officeId,
            @PathVariable String reference,
            @RequestParam(defaultValue = "vi") String lang) {
        Locale locale = OfficePages.locale(lang);
        Optional<Office> office = pages.office(officeId);
        Optional<FeedbackStatus> status = office.flatMap(o -> feedbacks.status(o.id(), reference));
        if (status.isEmpty()) {
            return PublicPage.of(
                    404,
                    locale,
                    pages.text(locale, "feedback.page.title"),
                    "<p>" + pages.text(locale, "feedback.page.unknownReference") + "</p>");
        }
        FeedbackStatus s = status.get();
        ZoneId zone = office.get().zone();
        StringBuilder body = new StringBuilder()
                .append("<p class=c>")
                .append(esc(s.reference()))
                .append("</p><p>")
                .append(pages.text(
                        locale,
                        "feedback.page.receivedOn",
                        DAY.format(s.receivedAt().atZone(zone))))
                .append(" · ")
                .append(pages.text(locale, "feedback.category." + s.category().name()))
                .append("</p>");
        if (s.answered()) {
            body.append("<h2>")
                    .append(pages.text(locale, "feedback.page.answer"))
                    .append("</h2><p class=q>")
                    .append(lines(s.answer()))
                    .append("</p><p>")
                    .append(pages.text(
                            locale,
                            "feedback.page.answeredOn",
                            DAY.format(s.answeredAt().atZone(zone))))
                    .append("</p>");
        } else {
            body.append("<p>")
                    .append(pages.text(locale, "feedback.page.due", DAY.format(s.answerDueOn())))
                    .append("</p>");
        }
        return page(200, locale, office.get(), body.toString());
    }

    private String formBody(Locale locale, Office office, Map<String, String> values, Set<String> faulty) {
        String action = UriComponentsBuilder.fromPath("/cong-khai/{o}/phan-anh")
                .queryParam("lang", locale.getLanguage())
                .buildAndExpand(office.id())
                .toUriString();
        StringBuilder form = new StringBuilder();
        if (!faulty.isEmpty()) {
            form.append("<p class=e role=alert>")
                    .append(pages.text(locale, "feedback.page.fix"))
                    .append("</p>");
        }
        form.append("<p>")
                .append(pages.text(locale, "feedback.page.intro"))
                .append("</p>")
                .append("<form method=post action='")
                .append(esc(action))
                .append("'>")
                .append(pages.label(locale, "feedback", "category", faulty))
                .append("<select id=category name=category required>");
        for (FeedbackCategory c : FeedbackCategory.values()) {
            form.append("<option value=")
                    .append(c.name())
                    .append(c.name().equals(values.get("category")) ? " selected>" : ">")
                    .append(pages.text(locale, "feedback.category." + c.name()))
                    .append("</option>");
        }
        form.append("</select>")
                .append(pages.label(locale, "feedback", "content", faulty))
                .append("<textarea id=content name=content rows=6 minlength=10 maxlength=2000 required>")
                .append(esc(values.get("content")))
                .append("</textarea>")
                .append(input(locale, "subject", "text", 40, values, faulty))
                .append("<p>")
                .append(pages.text(locale, "feedback.page.contactIntro"))
                .append("</p>")
                .append(input(locale, "contactName", "text", 100, values, faulty))
                .append(input(locale, "phone", "tel", 20, values, faulty))
                .append(input(locale, "email", "email", 254, values, faulty))
                .append("<label><input type=checkbox name=publishConsent")
                .append("on".equals(values.get("publishConsent")) ? " checked> " : "> ")
                .append(pages.text(locale, "feedback.field.publishConsent"))
                .append("</label>")
                .append("<button type=submit>")
                .append(pages.text(locale, "feedback.page.send"))
                .append("</button></form>");
        return form.append(published(locale, office)).toString();
    }

    private String published(Locale locale, Office office) {
        var answers = feedbacks.published(office.id(), PUBLISHED_SHOWN);
        StringBuilder list = new StringBuilder("<h2>")
                .append(pages.text(locale, "feedback.page.published"))
                .append("</h2>");
        if (answers.isEmpty()) {
            return list.append("<p>")
                    .append(pages.text(locale, "feedback.page.noneYet"))
                    .append("</p>")
                    .toString();
        }
        for (FeedbackView f : answers) {
            list.append("<h3>")
                    .append(pages.text(
                            locale, "feedback.category." + f.category().name()))
                    .append(" · ")
                    .append(DAY.format(f.receivedAt().atZone(office.zone())))
                    .append("</h3><p>")
                    .append(lines(f.content()))
                    .append("</p><p class=q>")
                    .append(lines(f.answer()))
                    .append("</p>");
        }
        return list.toString();
    }

    private String input(
            Locale locale, String field, String type, int max, Map<String, String> values, Set<String> faulty) {
        return pages.label(locale, "feedback", field, faulty) + "<input id=" + field + " name=" + field + " type="
                + type + " maxlength=" + max + " value='" + esc(values.get(field)) + "'>";
    }

    private static String lines(String text) {
        return esc(text).replace("\n", "<br>");
    }

    private static String clip(String about) {
        return about == null
                ? ""
                : about.strip().substring(0, Math.min(40, about.strip().length()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private ResponseEntity<String> page(int status, Locale locale, Office office, String body) {
        return page(ResponseEntity.status(status), locale, office, body);
    }

    private ResponseEntity<String> page(ResponseEntity.BodyBuilder answer, Locale locale, Office office, String body) {
        return pages.page(answer, locale, office, "feedback", "/cong-khai/{o}/phan-anh", body);
    }
}
