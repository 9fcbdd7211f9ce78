package vn.motcua.server.dossier;

import static vn.motcua.server.shared.PublicPage.esc;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.shared.BadRequestException;
import vn.motcua.server.shared.NotFoundException;
import vn.motcua.server.shared.PublicPage;

/**
 * The public list of an office's late dossiers for a month (công khai), server-rendered with no sign-in. It shows
 * what the publication is for (which dossiers were late, by how much, whether the applicant got an apology) and
 * no more: the applicant's name is masked and the ID number, address, phone and clerk are left out.
 */
@RestController
class PublicLateDossierController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final LateDossiers late;
    private final OfficeDirectory offices;
    private final MessageSource messages;

    PublicLateDossierController(LateDossiers late, OfficeDirectory offices, MessageSource messages) {
        this.late = late;
        this.offices = offices;
        this.messages = messages;
    }

    /** Without a month, the last finished one: the publication is of a month that is over. */
    @GetMapping(value = "/cong-khai/{officeId}/ho-so-tre-han", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable long officeId, @RequestParam(required = false) String month) {
        Office office;
        try {
            office = offices.get(officeId);
        } catch (NotFoundException e) {
            return html(404, "<p>" + text("late.page.notFound") + "</p>");
        }
        YearMonth m;
        try {
            m = month == null ? YearMonth.now(office.zone()).minusMonths(1) : LateDossiers.month(month);
        } catch (BadRequestException e) {
            return html(400, "<p>" + text("late.page.badMonth") + "</p>");
        }
        List<LateDossiers.Late> list = late.of(officeId, m);
        StringBuilder body = new StringBuilder("<h2>")
                .append(text("late.page.heading", office.view().name(), MONTH.format(m)))
                .append("</h2>");
        if (list.isEmpty()) {
            return html(
                    200,
                    body.append("<p>")
                            .append(text("late.page.none"))
                            .append("</p>")
                            .toString());
        }
        body.append("<p>").append(text("late.page.count", list.size())).append("</p><table><tr>");
        for (String column : List.of(
                "number", "code", "applicant", "procedure", "received", "due", "finished", "daysLate", "apologized")) {
            body.append("<th>").append(text("late.page.col." + column)).append("</th>");
        }
        body.append("</tr>");
        int n = 0;
        for (LateDossiers.Late l : list) {
            DossierRow d = l.dossier();
            ZoneId zone = office.zone();
            body.append("<tr><td>")
                    .append(++n)
                    .append("</td><td>")
                    .append(esc(d.code()))
                    .append("</td><td>")
                    .append(esc(NameMask.mask(d.applicant().name())))
                    .append("</td><td>")
                    .append(esc(d.procedureName()))
                    .append("</td><td>")
                    .append(DAY.format(LocalDateTime.ofInstant(d.receivedAt(), zone)))
                    .append("</td><td>")
                    .append(DAY.format(d.dueAt()))
                    .append("</td><td>")
                    .append(l.finishedAt()
                            .map(at -> DAY.format(LocalDateTime.ofInstant(at, zone)))
                            .orElse(text("late.page.open")))
                    .append("</td><td>")
                    .append(l.daysLate())
                    .append("</td><td>")
                    .append(text(d.apologized() ? "late.page.yes" : "late.page.no"))
                    .append("</td></tr>");
        }
        return html(200, body.append("</table>").toString());
    }

    private String text(String key, Object... args) {
        return esc(messages.getMessage(key, args.length == 0 ? null : args, NextSteps.VIETNAMESE));
    }

    private ResponseEntity<String> html(int status, String body) {
        return PublicPage.of(status, Locale.forLanguageTag("vi"), text("late.page.title"), body);
    }
}
