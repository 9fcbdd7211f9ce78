package vn.motcua.client.api;

import java.time.LocalDate;

/**
 * The apology and new appointment for a dossier that will be late (Mẫu 04). The signer defaults to the
 * caller under the title "THỦ TRƯỞNG CƠ QUAN" when not given.
 */
public record DossierApologyRequest(String reason, LocalDate newDueDate, String signerTitle, String signerName) {
}
