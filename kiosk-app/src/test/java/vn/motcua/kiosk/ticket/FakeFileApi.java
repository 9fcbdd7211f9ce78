package vn.motcua.kiosk.ticket;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.client.ApiException;
import vn.motcua.client.FileApi;

/** Makes every ticket's slip, or fails as the test tells it to; each request added to the test's log. */
final class FakeFileApi implements FileApi {

    record SlipRequest(String ticketId, String language) {}

    static final byte[] PDF = "%PDF-1.7 slip".getBytes(StandardCharsets.US_ASCII);

    final List<SlipRequest> slips = new ArrayList<>();
    ApiException slipFailure;
    private final List<String> calls;

    FakeFileApi(List<String> calls) {
        this.calls = calls;
    }

    @Override
    public byte[] ticketSlip(long officeId, String ticketId, String language) {
        calls.add("slip");
        slips.add(new SlipRequest(ticketId, language));
        if (slipFailure != null) {
            throw slipFailure;
        }
        return PDF;
    }

    @Override
    public byte[] dossierReceiptPdf(long officeId, String code) {
        throw new UnsupportedOperationException("a kiosk prints ticket slips only");
    }

    @Override
    public byte[] dossierApologyPdf(long officeId, String code) {
        throw new UnsupportedOperationException("a kiosk prints ticket slips only");
    }

    @Override
    public byte[] supplementRequestPdf(long officeId, String code) {
        throw new UnsupportedOperationException("a kiosk prints ticket slips only");
    }

    @Override
    public byte[] refusalPdf(long officeId, String code) {
        throw new UnsupportedOperationException("a kiosk prints ticket slips only");
    }

    @Override
    public byte[] stopNoticePdf(long officeId, String code) {
        throw new UnsupportedOperationException("a kiosk prints ticket slips only");
    }

    @Override
    public byte[] controlSlipPdf(long officeId, String code) {
        throw new UnsupportedOperationException("a kiosk prints ticket slips only");
    }

    @Override
    public String registerCsv(long officeId, int year) {
        throw new UnsupportedOperationException("a kiosk prints ticket slips only");
    }

    @Override
    public byte[] lateDossiersPdf(long officeId, YearMonth month) {
        throw new UnsupportedOperationException("a kiosk prints ticket slips only");
    }

    @Override
    public byte[] monthlyReport(long officeId, String month, String format) {
        throw new UnsupportedOperationException("a kiosk prints ticket slips only");
    }

    @Override
    public byte[] indicatorsFile(List<Long> officeIds, String period, String format) {
        throw new UnsupportedOperationException("a kiosk prints ticket slips only");
    }
}
