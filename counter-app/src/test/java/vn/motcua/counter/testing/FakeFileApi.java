package vn.motcua.counter.testing;

import java.time.YearMonth;
import java.util.List;
import vn.motcua.client.FileApi;

/** The server's files for view tests: every one empty. */
public final class FakeFileApi implements FileApi {

    private static final byte[] EMPTY = new byte[0];

    @Override
    public byte[] ticketSlip(long officeId, String ticketId, String language) {
        return EMPTY;
    }

    @Override
    public byte[] dossierReceiptPdf(long officeId, String code) {
        return EMPTY;
    }

    @Override
    public byte[] dossierApologyPdf(long officeId, String code) {
        return EMPTY;
    }

    @Override
    public byte[] supplementRequestPdf(long officeId, String code) {
        return EMPTY;
    }

    @Override
    public byte[] refusalPdf(long officeId, String code) {
        return EMPTY;
    }

    @Override
    public byte[] stopNoticePdf(long officeId, String code) {
        return EMPTY;
    }

    @Override
    public byte[] controlSlipPdf(long officeId, String code) {
        return EMPTY;
    }

    @Override
    public String registerCsv(long officeId, int year) {
        return "";
    }

    @Override
    public byte[] lateDossiersPdf(long officeId, YearMonth month) {
        return EMPTY;
    }

    @Override
    public byte[] monthlyReport(long officeId, String month, String format) {
        return EMPTY;
    }

    @Override
    public byte[] indicatorsFile(List<Long> officeIds, String period, String format) {
        return EMPTY;
    }
}
