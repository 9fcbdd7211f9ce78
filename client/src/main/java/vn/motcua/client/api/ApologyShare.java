package vn.motcua.client.api;

import java.time.LocalDate;

/**
 * Of the dossiers received in a period that are late, how many got an apology slip; the provincial target
 * is all of them. {@code apologiesIssuedLate} counts, among those, the apologies issued after their last day
 * (the working day before the due date), reported apart because the applicant was told too late.
 */
public record ApologyShare(
        LocalDate from, LocalDate to, long received, long late, long lateWithApology, long apologiesIssuedLate) {

    public double share() {
        return late == 0 ? 1.0 : (double) lateWithApology / late;
    }
}
