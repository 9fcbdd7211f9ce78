package vn.motcua.server.report;

import java.util.Arrays;
import vn.motcua.client.api.FormRegime;

/**
 * Median time to render the two-copy dossier receipt on one warm thread. A figure to quote, not a test: timings on
 * shared CI machines are too noisy to assert on.
 */
final class ReceiptTiming {

    private static final int WARM_UP = 300;
    private static final int RUNS = 200;

    private ReceiptTiming() {}

    public static void main(String[] args) {
        var reports = new PdfReports(new QrCodes());
        var receipt = Samples.receipt();
        for (int i = 0; i < WARM_UP; i++) {
            reports.dossierReceipt(FormRegime.TT03_2025, receipt);
        }
        long[] nanos = new long[RUNS];
        int bytes = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            bytes = reports.dossierReceipt(FormRegime.TT03_2025, receipt).length;
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "dossier receipt (2 copies, %d bytes): median %.2f ms, p90 %.2f ms over %d warm runs%n",
                bytes, nanos[RUNS / 2] / 1e6, nanos[RUNS * 9 / 10] / 1e6, RUNS);
    }
}
