package vn.motcua.server.appointment;

import static vn.motcua.server.shared.PublicPage.esc;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.client.api.AppointmentRequest;
import vn.motcua.client.api.AppointmentSlot;
import vn.motcua.client.api.AppointmentStatus;
import vn.motcua.client.api.AppointmentView;
import vn.motcua.client.api.ServiceAreaView;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficePages;
import vn.motcua.server.report.QrCodes;
import vn.motcua.server.shared.BadRequestException;
import vn.motcua.server.shared.RefusedException;
import vn.motcua.server.shared.TooManyRequestsException;

/**
 * The public booking page of an office, for a phone: plain forms with no script (choose the area and the day, then a
 * free slot, a name and a phone number), the booking's code with its QR code to show at the kiosk, and the booking's
 * own page to read or cancel it. Vietnamese, or English with lang=en.
 */
@RestController
@Tag(name = "public pages")
class AppointmentPages {

    private static final Pattern ID = Pattern.compile("\\d{1,18}");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final int QR_PIXELS = 240;

    private final Appointments appointments;
    private final BookingThrottle throttle;
    private final OfficePages pages;
    private final QrCodes qr;
    private final Validator validator;

    AppointmentPages(
            Appointments appointments, BookingThrottle throttle, OfficePages pages, QrCodes qr, Validator validator) {
        this.appointments = appointments;
        this.throttle = throttle;
        this.pages = pages;
        this.qr = qr;
        this.validator = validator;
    }

    @GetMapping(value = "/cong-khai/{officeId}/dat-lich", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(
            summary = "The office's booking form: the area and day, then the free slots of that day",
            description = "Callers: anyone, without sign-in. area= and day= (as the form sends them) show the slots; "
                    + "lang=en for English.")
    ResponseEntity<String> form(
            @PathVariable String officeId,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String day,
            @RequestParam(defaultValue = "vi") String lang) {
        Locale locale = OfficePages.locale(lang);
        return pages.office(officeId)
                .map(office -> page(
                        200,
                        locale,
                        office,
                        formBody(locale, office, Map.of("area", text(area), "day", text(day)), Set.of())))
                .orElseGet(() -> pages.notFound(locale, "appointment"));
    }

    @PostMapping(
            value = "/cong-khai/{officeId}/dat-lich",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    @Operation(
            summary = "Book from the public form",
            description = "Callers: anyone, without sign-in. The form again with the faulty fields marked (400), or "
                    + "with the reason the slot cannot be had (409: full, or the phone number holds enough bookings); "
                    + "a page with the code and its QR code (200); a page asking to wait (429, Retry-After) after "
                    + BookingThrottle.FREE_BOOKINGS_PER_ADDRESS
                    + " bookings from one address within a day.")
    ResponseEntity<String> book(
            @PathVariable String officeId,
            @RequestParam Map<String, String> fields,
            @RequestParam(defaultValue = "vi") String lang,
            HttpServletRequest http) {
        Locale locale = OfficePages.locale(lang);
        Optional<Office> found = pages.office(officeId);
        if (found.isEmpty()) {
            return pages.notFound(locale, "appointment");
        }
        Office office = found.get();
        Set<String> faulty = new LinkedHashSet<>();
        Long area = number(fields.get("area"));
        Instant startsAt = instant(fields.get("slot"));
        if (startsAt == null) {
            faulty.add("slot");
        }
        AppointmentRequest request = new AppointmentRequest(
                area,
                startsAt,
                fields.getOrDefault("name", "").strip(),
                fields.getOrDefault("phone", "").strip(),
                locale.getLanguage());
        for (ConstraintViolation<AppointmentRequest> violation : validator.validate(request)) {
            faulty.add(field(violation.getPropertyPath().toString()));
        }
        if (!faulty.isEmpty()) {
            return page(400, locale, office, formBody(locale, office, fields, faulty));
        }
        try {
            throttle.checkBooking(http.getRemoteAddr());
        } catch (TooManyRequestsException tooMany) {
            return page(
                    ResponseEntity.status(429)
                            .header(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds())),
                    locale,
                    office,
                    "<p class=e>" + pages.text(locale, "appointment.page.tooMany") + "</p>");
        }
        AppointmentView booked;
        try {
            booked = appointments.book(office.id(), request);
        } catch (BadRequestException bad) {
            return page(400, locale, office, formBody(locale, office, fields, Set.of(field(bad.field()))));
        } catch (RefusedException refused) {
            String reason = "<p class=e role=alert>"
                    + pages.text(
                            locale,
                            "appointment.page.refused." + refused.code(),
                            refused.details().get("limit"))
                    + "</p>";
            return page(409, locale, office, reason + formBody(locale, office, fields, Set.of()));
        }
        throttle.booked(http.getRemoteAddr());
        return page(
                200,
                locale,
                office,
                "<p>" + pages.text(locale, "appointment.page.booked") + "</p>" + bookingBody(locale, office, booked));
    }

    @GetMapping(value = "/cong-khai/{officeId}/dat-lich/{code}", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(
            summary = "A booking's page: its slot, state, check-in window and QR code, and a button to cancel it",
            description = "Callers: anyone with the code; 404 page for an unknown one (429 after "
                    + BookingThrottle.FREE_UNKNOWN_CODES_PER_ADDRESS
                    + " from one address within a day). No name or phone is shown.")
    ResponseEntity<String> booking(
            @PathVariable String officeId,
            @PathVariable String code,
            @RequestParam(defaultValue = "vi") String lang,
            HttpServletRequest http) {
        Locale locale = OfficePages.locale(lang);
        return withBooking(
                officeId,
                code,
                locale,
                http,
                (office, booking) -> page(200, locale, office, bookingBody(locale, office, booking)));
    }

    @PostMapping(value = "/cong-khai/{officeId}/dat-lich/{code}/huy", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(
            summary = "Cancel a booking from its page",
            description = "Callers: anyone with the code. The booking's page with its new state (200), or with the "
                    + "reason it cannot be cancelled any more (409); 404 page for an unknown code.")
    ResponseEntity<String> cancel(
            @PathVariable String officeId,
            @PathVariable String code,
            @RequestParam(defaultValue = "vi") String lang,
            HttpServletRequest http) {
        Locale locale = OfficePages.locale(lang);
        return withBooking(officeId, code, locale, http, (office, booking) -> {
            try {
                AppointmentView cancelled = appointments.cancel(office.id(), booking.code());
                return page(
                        200,
                        locale,
                        office,
                        "<p class=s>" + pages.text(locale, "appointment.page.cancelled") + "</p>"
                                + bookingBody(locale, office, cancelled));
            } catch (RefusedException refused) {
                return page(
                        409,
                        locale,
                        office,
                        "<p class=e role=alert>" + pages.text(locale, "appointment.page.refused." + refused.code())
                                + "</p>" + bookingBody(locale, office, booking));
            }
        });
    }

    private interface BookingPage {
        ResponseEntity<String> of(Office office, AppointmentView booking);
    }

    private ResponseEntity<String> withBooking(
            String officeId, String code, Locale locale, HttpServletRequest http, BookingPage then) {
        Optional<Office> office = pages.office(officeId);
        if (office.isEmpty()) {
            return pages.notFound(locale, "appointment");
        }
        try {
            throttle.checkLookup(http.getRemoteAddr());
        } catch (TooManyRequestsException tooMany) {
            return page(
                    ResponseEntity.status(429)
                            .header(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds())),
                    locale,
                    office.get(),
                    "<p class=e>" + pages.text(locale, "appointment.page.tooManyLookups") + "</p>");
        }
        Optional<AppointmentView> booking = appointments.find(office.get().id(), code);
        if (booking.isEmpty()) {
            throttle.unknownCode(http.getRemoteAddr());
            return page(404, locale, office.get(), "<p>" + pages.text(locale, "appointment.page.unknown") + "</p>");
        }
        return then.of(office.get(), booking.get());
    }

    private String formBody(Locale locale, Office office, Map<String, String> values, Set<String> faulty) {
        List<ServiceAreaView> areas = appointments.bookableAreas(office);
        if (areas.isEmpty()) {
            return "<p>" + pages.text(locale, "appointment.page.noAreas") + "</p>";
        }
        List<LocalDate> days = appointments.days(office);
        String action = OfficePages.path(office, locale, "/cong-khai/{o}/dat-lich");
        Long area = number(values.get("area"));
        Optional<ServiceAreaView> chosenArea =
                areas.stream().filter(a -> area != null && a.id() == area).findFirst();
        Optional<LocalDate> chosenDay = days.stream()
                .filter(d -> d.toString().equals(values.get("day")))
                .findFirst();
        StringBuilder form = new StringBuilder();
        if (!faulty.isEmpty()) {
            form.append("<p class=e role=alert>")
                    .append(pages.text(locale, "appointment.page.fix"))
                    .append("</p>");
        }
        form.append("<p>")
                .append(pages.text(locale, "appointment.page.intro"))
                .append("</p><form method=get action='")
                .append(esc(action))
                .append("'><input type=hidden name=lang value=")
                .append(locale.getLanguage())
                .append(">")
                .append(pages.label(locale, "appointment", "area", faulty))
                .append("<select id=area name=area required>");
        for (ServiceAreaView a : areas) {
            form.append("<option value=")
                    .append(a.id())
                    .append(chosenArea.filter(a::equals).isPresent() ? " selected>" : ">")
                    .append(esc(areaName(a, locale)))
                    .append("</option>");
        }
        form.append("</select>")
                .append(pages.label(locale, "appointment", "day", faulty))
                .append("<select id=day name=day required>");
        DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern("EEEE, dd/MM/yyyy", locale);
        for (LocalDate d : days) {
            form.append("<option value=")
                    .append(d)
                    .append(chosenDay.filter(d::equals).isPresent() ? " selected>" : ">")
                    .append(esc(dayFormat.format(d)))
                    .append("</option>");
        }
        form.append("</select><button type=submit>")
                .append(pages.text(locale, "appointment.page.show"))
                .append("</button></form>");
        if (chosenArea.isPresent() && chosenDay.isPresent()) {
            form.append(slotsForm(locale, office, chosenArea.get(), chosenDay.get(), values, faulty));
        }
        return form.toString();
    }

    private String slotsForm(
            Locale locale,
            Office office,
            ServiceAreaView area,
            LocalDate day,
            Map<String, String> values,
            Set<String> faulty) {
        List<AppointmentSlot> free = appointments.slots(office.id(), area.id(), day).stream()
                .filter(s -> s.free() > 0)
                .toList();
        StringBuilder form = new StringBuilder("<h2>")
                .append(esc(areaName(area, locale)))
                .append(" · ")
                .append(DateTimeFormatter.ofPattern("dd/MM/yyyy").format(day))
                .append("</h2>");
        if (free.isEmpty()) {
            return form.append("<p>")
                    .append(pages.text(locale, "appointment.page.noSlots"))
                    .append("</p>")
                    .toString();
        }
        form.append("<form method=post action='")
                .append(esc(OfficePages.path(office, locale, "/cong-khai/{o}/dat-lich")))
                .append("'><input type=hidden name=area value=")
                .append(area.id())
                .append("><input type=hidden name=day value=")
                .append(day)
                .append("><fieldset><legend>")
                .append(pages.text(locale, "appointment.field.slot"))
                .append(
                        faulty.contains("slot")
                                ? " <span class=e>" + pages.text(locale, "appointment.error.slot") + "</span>"
                                : "")
                .append("</legend>");
        for (AppointmentSlot slot : free) {
            String start = TIME.format(slot.startsAt().atZone(office.zone()));
            String end = TIME.format(
                    slot.startsAt().plusSeconds(60L * slot.slotMinutes()).atZone(office.zone()));
            form.append("<label><input type=radio name=slot required value='")
                    .append(slot.startsAt())
                    .append(slot.startsAt().toString().equals(values.get("slot")) ? "' checked> " : "'> ")
                    .append(start)
                    .append("–")
                    .append(end)
                    .append(" · ")
                    .append(pages.text(locale, "appointment.page.free", slot.free()))
                    .append("</label>");
        }
        return form.append("</fieldset>")
                .append(pages.label(locale, "appointment", "name", faulty))
                .append("<input id=name name=name type=text maxlength=100 required autocomplete=name value='")
                .append(esc(values.get("name")))
                .append("'>")
                .append(pages.label(locale, "appointment", "phone", faulty))
                .append("<input id=phone name=phone type=tel maxlength=20 required autocomplete=tel value='")
                .append(esc(values.get("phone")))
                .append("'><p>")
                .append(pages.text(locale, "appointment.page.phoneUse"))
                .append("</p><button type=submit>")
                .append(pages.text(locale, "appointment.page.book"))
                .append("</button></form>")
                .toString();
    }

    private String bookingBody(Locale locale, Office office, AppointmentView booking) {
        String area =
                office.area(booking.areaId()).map(a -> areaName(a, locale)).orElse("");
        DateTimeFormatter when = DateTimeFormatter.ofPattern("HH:mm, EEEE dd/MM/yyyy", locale);
        StringBuilder body = new StringBuilder("<p class=c>")
                .append(esc(booking.code()))
                .append("</p><p>")
                .append(esc(area))
                .append("<br>")
                .append(esc(when.format(booking.startsAt().atZone(office.zone()))))
                .append("</p><p>")
                .append(pages.text(
                        locale, "appointment.status." + booking.status().name()))
                .append("</p>");
        if (booking.status() != AppointmentStatus.BOOKED) {
            return body.toString();
        }
        String page = appointments.page(office.id(), booking.code(), locale.getLanguage());
        body.append("<p><img alt='")
                .append(esc(booking.code()))
                .append("' width=")
                .append(QR_PIXELS)
                .append(" height=")
                .append(QR_PIXELS)
                .append(" src='data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(qr.png(page, QR_PIXELS)))
                .append("'></p><p>")
                .append(pages.text(
                        locale,
                        "appointment.page.window",
                        TIME.format(booking.checkInFrom().atZone(office.zone())),
                        TIME.format(booking.onTimeUntil().atZone(office.zone()))))
                .append("</p><p><a href='")
                .append(esc(OfficePages.path(office, locale, "/cong-khai/{o}/dat-lich/" + booking.code())))
                .append("'>")
                .append(pages.text(locale, "appointment.page.follow"))
                .append("</a></p><form method=post action='")
                .append(esc(OfficePages.path(office, locale, "/cong-khai/{o}/dat-lich/" + booking.code() + "/huy")))
                .append("'><button type=submit>")
                .append(pages.text(locale, "appointment.page.cancel"))
                .append("</button></form>");
        return body.toString();
    }

    /** The form's names for the request's fields. */
    private static String field(String requestField) {
        return switch (requestField) {
            case "areaId" -> "area";
            case "startsAt" -> "slot";
            default -> requestField;
        };
    }

    private static String areaName(ServiceAreaView area, Locale locale) {
        return locale == Locale.ENGLISH && area.nameEn() != null ? area.nameEn() : area.name();
    }

    private static Long number(String value) {
        return value != null && ID.matcher(value).matches() ? Long.parseLong(value) : null;
    }

    private static Instant instant(String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private ResponseEntity<String> page(int status, Locale locale, Office office, String body) {
        return page(ResponseEntity.status(status), locale, office, body);
    }

    private ResponseEntity<String> page(ResponseEntity.BodyBuilder answer, Locale locale, Office office, String body) {
        return pages.page(answer, locale, office, "appointment", "/cong-khai/{o}/dat-lich", body);
    }
}
