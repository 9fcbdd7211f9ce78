package vn.motcua.client;

import java.time.YearMonth;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * The PDFs and spreadsheets the server makes on demand: they may take longer than an answer, so they come over the
 * connection's files client with its longer read timeout ({@link ServerConnection}).
 */
@HttpExchange
public interface FileApi {

    /** The 80 mm slip to print; {@code language} "vi" or "en" (the other language prints as a subtitle). */
    @GetExchange("/offices/{officeId}/tickets/{ticketId}/slip.pdf")
    byte[] ticketSlip(
            @PathVariable long officeId,
            @PathVariable String ticketId,
            @RequestParam(name = "lang", required = false) String language);

    @GetExchange("/offices/{officeId}/dossiers/{code}/receipt.pdf")
    byte[] dossierReceiptPdf(@PathVariable long officeId, @PathVariable String code);

    @GetExchange("/offices/{officeId}/dossiers/{code}/apology.pdf")
    byte[] dossierApologyPdf(@PathVariable long officeId, @PathVariable String code);

    /** The latest supplement request of the dossier. */
    @GetExchange("/offices/{officeId}/dossiers/{code}/supplement-request.pdf")
    byte[] supplementRequestPdf(@PathVariable long officeId, @PathVariable String code);

    @GetExchange("/offices/{officeId}/dossiers/{code}/refusal.pdf")
    byte[] refusalPdf(@PathVariable long officeId, @PathVariable String code);

    /** The stop notice (Thông báo dừng giải quyết hồ sơ) of a dossier moved to STOPPED. */
    @GetExchange("/offices/{officeId}/dossiers/{code}/stop-notice.pdf")
    byte[] stopNoticePdf(@PathVariable long officeId, @PathVariable String code);

    /** The control slip (Phiếu kiểm soát quá trình giải quyết hồ sơ). */
    @GetExchange("/offices/{officeId}/dossiers/{code}/control-slip.pdf")
    byte[] controlSlipPdf(@PathVariable long officeId, @PathVariable String code);

    /** The office's register of {@code year} as CSV, headed in Vietnamese. */
    @GetExchange("/offices/{officeId}/register.csv")
    String registerCsv(@PathVariable long officeId, @RequestParam int year);

    /** The late dossiers of {@code month} as a landscape A4 PDF with a subtotal per clerk. */
    @GetExchange("/offices/{officeId}/late-dossiers.pdf")
    byte[] lateDossiersPdf(@PathVariable long officeId, @RequestParam(required = false) YearMonth month);

    /**
     * The office's monthly report of {@code month} (YYYY-MM) as {@code pdf} or {@code xlsx}: ratings, waiting and
     * service times per area, the QĐ 766 indicators and the month's late dossiers. HEAD or ADMIN of the office.
     */
    @GetExchange("/offices/{officeId}/monthly-reports/{month}.{format}")
    byte[] monthlyReport(@PathVariable long officeId, @PathVariable String month, @PathVariable String format);

    /** The indicator table ({@link ReportApi#indicators}) as a file: {@code format} is xlsx, csv or pdf. */
    @GetExchange("/indicators.{format}")
    byte[] indicatorsFile(
            @RequestParam(name = "office", required = false) List<Long> officeIds,
            @RequestParam(required = false) String period,
            @PathVariable String format);
}
