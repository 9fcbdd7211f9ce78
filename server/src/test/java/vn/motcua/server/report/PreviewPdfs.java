package vn.motcua.server.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import vn.motcua.client.api.FormRegime;

/** Writes the PDFs, with English and overlong variants, to a folder, to be rasterised and looked at. */
final class PreviewPdfs {

    private PreviewPdfs() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/preview"));
        var reports = new PdfReports(new QrCodes());
        Files.write(dir.resolve("ticket-slip.pdf"), reports.ticketSlip(Samples.ticket(Labels.VIETNAMESE)));
        Files.write(dir.resolve("ticket-slip-en.pdf"), reports.ticketSlip(Samples.ticket(Locale.ENGLISH)));
        Files.write(
                dir.resolve("dossier-receipt.pdf"), reports.dossierReceipt(FormRegime.TT03_2025, Samples.receipt()));
        Files.write(dir.resolve("apology-slip.pdf"), reports.apologySlip(FormRegime.TT03_2025, Samples.apology()));
        Files.write(dir.resolve("ticket-slip-long.pdf"), reports.ticketSlip(Samples.ticketWithLongNames()));
        Files.write(
                dir.resolve("dossier-receipt-long.pdf"),
                reports.dossierReceipt(FormRegime.TT03_2025, Samples.receiptWithManyDocuments()));
        Files.write(
                dir.resolve("supplement-slip.pdf"), reports.supplementSlip(FormRegime.TT03_2025, Samples.supplement()));
        Files.write(dir.resolve("refusal-slip.pdf"), reports.refusalSlip(FormRegime.TT03_2025, Samples.refusal()));
        Files.write(dir.resolve("stop-notice.pdf"), reports.stopNotice(FormRegime.TT03_2025, Samples.stop()));
        Files.write(dir.resolve("late-dossiers.pdf"), reports.lateDossiers(Samples.lateDossiers()));
        Files.write(dir.resolve("control-slip.pdf"), reports.controlSlip(Samples.controlSlip()));
        System.out.println("PDFs written to " + dir.toAbsolutePath());
    }
}
