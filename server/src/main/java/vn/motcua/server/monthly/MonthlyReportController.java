package vn.motcua.server.monthly;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.YearMonth;
import java.util.regex.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.client.api.Role;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.security.Access;
import vn.motcua.server.shared.BadRequestException;
import vn.motcua.server.shared.ProblemText;

@RestController
@RequestMapping("/api/v1/offices/{officeId}/monthly-reports")
@Tag(name = "indicators")
class MonthlyReportController {

    private static final String CALLERS = "Callers: HEAD or ADMIN of the office. month is YYYY-MM, not after the "
            + "office's current month (the current one is reported as far as it has gone).";

    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Access access;
    private final MonthlyReports reports;
    private final MonthlyXlsx xlsx;
    private final OfficeDirectory offices;
    private final ProblemText text;
    private final Clock clock;

    MonthlyReportController(
            Access access,
            MonthlyReports reports,
            MonthlyXlsx xlsx,
            OfficeDirectory offices,
            ProblemText text,
            Clock clock) {
        this.access = access;
        this.reports = reports;
        this.xlsx = xlsx;
        this.offices = offices;
        this.text = text;
        this.clock = clock;
    }

    @GetMapping(value = "/{month}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary =
                    "The office's monthly report as A4 PDF: ratings, waiting and service times per area, the QĐ 766 "
                            + "indicators 2.1, 2.2 and 5.4 with their bands, and the month's late dossiers with their apologies",
            description = CALLERS)
    ResponseEntity<byte[]> pdf(@PathVariable long officeId, @PathVariable String month) {
        YearMonth m = allowed(officeId, month);
        return file(reports.pdf(reports.of(officeId, m)), MediaType.APPLICATION_PDF, name(m, "pdf"));
    }

    @GetMapping("/{month}.xlsx")
    @Operation(summary = "The same report as XLSX, one sheet per table", description = CALLERS)
    ResponseEntity<byte[]> xlsx(@PathVariable long officeId, @PathVariable String month) {
        YearMonth m = allowed(officeId, month);
        return file(xlsx.of(reports.of(officeId, m)), XLSX, name(m, "xlsx"));
    }

    /** The caller is checked first, so a stranger learns nothing from the month's validation. */
    private YearMonth allowed(long officeId, String month) {
        access.require(officeId, Role.HEAD, Role.ADMIN);
        if (!MONTH.matcher(month).matches()) {
            throw new BadRequestException("month", text.text("monthly.month.invalid"));
        }
        YearMonth m = YearMonth.parse(month);
        if (m.isAfter(YearMonth.from(offices.get(officeId).localDay(clock.instant())))) {
            throw new BadRequestException("month", text.text("monthly.month.future"));
        }
        return m;
    }

    static String name(YearMonth month, String extension) {
        return "bao-cao-thang-" + month + "." + extension;
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
