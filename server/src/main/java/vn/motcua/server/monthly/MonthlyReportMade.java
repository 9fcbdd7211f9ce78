package vn.motcua.server.monthly;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import vn.motcua.server.security.OfficeHeads;

/**
 * An office's report of a month was made, once, by the job of the 1st; published inside the transaction that claimed
 * it, so letters queued by a listener before commit are written exactly when the claim is.
 *
 * @param heads    the office's heads to write to (those with an email address)
 * @param fileName the PDF's name
 */
public record MonthlyReportMade(
        long officeId,
        String officeName,
        YearMonth month,
        List<OfficeHeads.Head> heads,
        String fileName,
        byte[] pdf,
        Instant at) {

    public MonthlyReportMade {
        heads = List.copyOf(heads);
    }
}
