package vn.motcua.server.indicator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.client.api.IndicatorDossier;
import vn.motcua.client.api.IndicatorReport;
import vn.motcua.client.api.Role;
import vn.motcua.server.security.Access;
import vn.motcua.server.security.Caller;
import vn.motcua.server.shared.BadRequestException;
import vn.motcua.server.shared.ProblemText;

@RestController
@Tag(name = "indicators")
class IndicatorController {

    private static final String CALLERS = "Callers: a HEAD of every office asked for. Without office, every office "
            + "where the caller is HEAD (a head of several offices sees them side by side, ranked: decision 0015). "
            + "period is a year (2026), a quarter (2026-Q3) or a month (2026-11); by default the last whole quarter.";

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Access access;
    private final Indicators indicators;
    private final IndicatorExports exports;
    private final ProblemText text;

    IndicatorController(Access access, Indicators indicators, IndicatorExports exports, ProblemText text) {
        this.access = access;
        this.indicators = indicators;
        this.exports = exports;
        this.text = text;
    }

    @GetMapping("/api/v1/indicators")
    @Operation(
            summary = "The QĐ 766 indicators the system can compute, with formulas, inputs and bands",
            description = CALLERS)
    IndicatorReport report(
            @RequestParam(required = false) List<Long> office, @RequestParam(required = false) String period) {
        List<Long> offices = offices(office);
        return indicators.report(offices, period(offices, period));
    }

    @GetMapping("/api/v1/indicators/dossiers")
    @Operation(
            summary =
                    "The dossiers behind a low 2.1 (late) or 5.4 (late, rated not satisfied or named by a feedback), at most 500",
            description = CALLERS + " indicator is 2.1 or 5.4.")
    List<IndicatorDossier> behind(
            @RequestParam(required = false) List<Long> office,
            @RequestParam(required = false) String period,
            @RequestParam String indicator) {
        List<Long> offices = offices(office);
        boolean lateOnly = switch (indicator.strip()) {
            case "2.1" -> true;
            case "5.4" -> false;
            default -> throw new BadRequestException("indicator", text.text("indicator.indicator.invalid"));
        };
        return indicators.behind(offices, period(offices, period), lateOnly);
    }

    @GetMapping(value = "/api/v1/indicators.csv", produces = "text/csv")
    @Operation(summary = "The indicator table as CSV (UTF-8), one line per unit and indicator", description = CALLERS)
    ResponseEntity<byte[]> csv(
            @RequestParam(required = false) List<Long> office, @RequestParam(required = false) String period) {
        IndicatorReport report = report(office, period);
        return file(
                exports.csv(report),
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                "chi-so-766-" + report.period() + ".csv");
    }

    @GetMapping("/api/v1/indicators.xlsx")
    @Operation(
            summary = "The indicator table as XLSX, with the formulas and the indicators not computable",
            description = CALLERS)
    ResponseEntity<byte[]> xlsx(
            @RequestParam(required = false) List<Long> office, @RequestParam(required = false) String period) {
        IndicatorReport report = report(office, period);
        return file(exports.xlsx(report), XLSX, "chi-so-766-" + report.period() + ".xlsx");
    }

    @GetMapping(value = "/api/v1/indicators.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "The indicator table as landscape A4 PDF: a line per unit and a column per indicator, then the "
                    + "formulas and bands and the indicators not computable",
            description = CALLERS)
    ResponseEntity<byte[]> pdf(
            @RequestParam(required = false) List<Long> office, @RequestParam(required = false) String period) {
        List<Long> offices = offices(office);
        IndicatorReport report = indicators.report(offices, period(offices, period));
        return file(
                exports.pdf(report, indicators.zone(offices)),
                MediaType.APPLICATION_PDF,
                "chi-so-766-" + report.period() + ".pdf");
    }

    /** The offices asked for, each needing the caller to be its HEAD; none asked: every office the caller heads. */
    private List<Long> offices(List<Long> asked) {
        if (asked == null || asked.isEmpty()) {
            Caller caller = access.requireStaff();
            List<Long> headed = caller.officeIds().stream()
                    .filter(o -> caller.holds(o, Role.HEAD))
                    .toList();
            if (headed.isEmpty()) {
                throw new AccessDeniedException(text.text("indicator.office.none"));
            }
            return headed;
        }
        List<Long> distinct = asked.stream().distinct().sorted().toList();
        distinct.forEach(o -> access.require(o, Role.HEAD));
        return distinct;
    }

    private Period period(List<Long> offices, String period) {
        if (period == null || period.isBlank()) {
            return indicators.lastQuarter(offices);
        }
        return Period.parse(period)
                .orElseThrow(() -> new BadRequestException("period", text.text("indicator.period.invalid")));
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
