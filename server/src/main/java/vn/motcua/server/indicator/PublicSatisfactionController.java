package vn.motcua.server.indicator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;
import vn.motcua.client.api.IndicatorInput;
import vn.motcua.client.api.IndicatorLevel;
import vn.motcua.client.api.IndicatorValue;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.shared.NotFoundException;

/**
 * The citizens' satisfaction results of an office for a month that is over, published without sign-in: the ratings
 * per level and indicator 5.4 with its inputs, the same figures as the head's indicator screen. Counts only: no
 * ticket, dossier, name or comment leaves the server through it. Vietnamese, or English with {@code lang=en}.
 */
@RestController
@Tag(name = "public pages")
class PublicSatisfactionController {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final Pattern ID = Pattern.compile("\\d{1,18}");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final List<String> LEVELS = List.of("HL.1", "HL.2", "HL.3");

    private final Indicators indicators;
    private final OfficeDirectory offices;
    private final MessageSource messages;
    private final Clock clock;

    PublicSatisfactionController(Indicators indicators, OfficeDirectory offices, MessageSource messages, Clock clock) {
        this.indicators = indicators;
        this.offices = offices;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(value = "/cong-khai/{officeId}/hai-long", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(
            summary = "The office's published satisfaction results of a month: ratings per level and indicator 5.4",
            description = "Callers: anyone, without sign-in. month is YYYY-MM, a month that is over (by default the "
                    + "last one); lang=en for English. 404 page for an unknown office, 400 page for a month written "
                    + "otherwise or not over yet.")
    ResponseEntity<String> page(
            @PathVariable String officeId,
            @RequestParam(required = false) String month,
            @RequestParam(defaultValue = "vi") String lang) {
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : VIETNAMESE;
        Office office;
        try {
            // the id is read here rather than by Spring, so a word in its place gets this page's 404, not a problem
            office = ID.matcher(officeId).matches() ? offices.get(Long.parseLong(officeId)) : null;
        } catch (NotFoundException e) {
            office = null;
        }
        if (office == null) {
            return html(404, locale, "<p>" + text(locale, "satisfaction.page.notFound") + "</p>");
        }
        YearMonth lastOver = YearMonth.from(office.localDay(clock.instant())).minusMonths(1);
        if (month != null && !MONTH.matcher(month).matches()) {
            return html(400, locale, "<p>" + text(locale, "satisfaction.page.badMonth") + "</p>");
        }
        YearMonth m = month == null ? lastOver : YearMonth.parse(month);
        if (m.isAfter(lastOver)) {
            return html(400, locale, "<p>" + text(locale, "satisfaction.page.notOver") + "</p>");
        }
        Map<String, IndicatorValue> values = indicators
                .report(List.of(office.id()), Period.parse(m.toString()).orElseThrow())
                .rows()
                .stream()
                .filter(r -> r.level() == IndicatorLevel.OFFICE)
                .findFirst()
                .orElseThrow()
                .values()
                .stream()
                .collect(Collectors.toMap(IndicatorValue::code, Function.identity()));
        return html(200, locale, body(locale, office, m, values));
    }

    private String body(Locale locale, Office office, YearMonth month, Map<String, IndicatorValue> values) {
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(2);
        Locale other = locale == Locale.ENGLISH ? VIETNAMESE : Locale.ENGLISH;
        String otherHref = UriComponentsBuilder.fromPath("/cong-khai/{office}/hai-long")
                .queryParam("month", month.toString())
                .queryParam("lang", other.getLanguage())
                .encode()
                .buildAndExpand(office.id())
                .toUriString();
        StringBuilder body = new StringBuilder()
                .append("<p class=l><a href='")
                .append(esc(otherHref))
                .append("' hreflang=")
                .append(other.getLanguage())
                .append('>')
                .append(text(other, "satisfaction.page.language"))
                .append("</a></p><h2>")
                .append(text(
                        locale,
                        "satisfaction.page.heading",
                        office.view().name(),
                        String.format("%02d/%d", month.getMonthValue(), month.getYear())))
                .append("</h2><h3>")
                .append(text(locale, "satisfaction.page.ratings"))
                .append("</h3><table><tr><th>")
                .append(text(locale, "satisfaction.page.level"))
                .append("</th><th>")
                .append(text(locale, "satisfaction.page.count"))
                .append("</th><th>")
                .append(text(locale, "satisfaction.page.share"))
                .append("</th></tr>");
        long total = (long) values.get("HL.1").inputs().get(1).value();
        for (String code : LEVELS) {
            IndicatorValue v = values.get(code);
            body.append("<tr><td>")
                    .append(text(locale, "satisfaction.page." + code))
                    .append("</td><td>")
                    .append((long) v.inputs().getFirst().value())
                    .append("</td><td>")
                    .append(number(locale, numbers, v.value()))
                    .append("</td></tr>");
        }
        body.append("<tr><th>")
                .append(text(locale, "satisfaction.page.total"))
                .append("</th><th>")
                .append(total)
                .append("</th><th></th></tr></table>");
        IndicatorValue satisfaction = values.get("5.4");
        body.append("<h3>")
                .append(text(locale, "indicator.5.4.name"))
                .append("</h3><p class=v>")
                .append(number(locale, numbers, satisfaction.value()));
        if (satisfaction.points() != null) {
            body.append(' ')
                    .append(text(
                            locale,
                            "satisfaction.page.points",
                            numbers.format(satisfaction.points()),
                            numbers.format(satisfaction.maxPoints())));
        }
        body.append("</p><table>");
        for (IndicatorInput input : satisfaction.inputs()) {
            body.append("<tr><td>")
                    .append(text(locale, "indicator.input." + input.key()))
                    .append("</td><td>")
                    .append((long) input.value())
                    .append("</td></tr>");
        }
        return body.append("</table><p>")
                .append(text(locale, "indicator.5.4.formula"))
                .append("</p><p>")
                .append(text(locale, "satisfaction.page.complaints"))
                .append("</p>")
                .toString();
    }

    /** A share with no denominator is "no data", not 0 %. */
    private String number(Locale locale, NumberFormat numbers, Double percent) {
        return percent == null ? text(locale, "satisfaction.page.noData") : numbers.format(percent) + " %";
    }

    private String text(Locale locale, String key, Object... args) {
        return esc(messages.getMessage(key, args.length == 0 ? null : args, locale));
    }

    private ResponseEntity<String> html(int status, Locale locale, String body) {
        String title = text(locale, "satisfaction.page.title");
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body("<!doctype html><html lang=" + locale.getLanguage() + "><head><meta charset=utf-8>"
                        + "<meta name=viewport content='width=device-width,initial-scale=1'><title>" + title
                        + "</title><style>body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse}"
                        + "th,td{border:1px solid #999;padding:.3em .5em;text-align:left}.v{font-weight:bold;"
                        + "font-size:1.3em}.l{text-align:right}</style></head><body><h1>" + title + "</h1>" + body
                        + "</body></html>");
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
