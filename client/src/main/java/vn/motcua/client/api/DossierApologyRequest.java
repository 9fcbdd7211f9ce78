package vn.motcua.client.api;

import java.time.LocalDate;

/**
 * The apology and new appointment for a dossier that will be late (Mẫu 04). The server chooses the signer: the
 * official named in the office's form settings, else the HEAD issuing it.
 */
public record DossierApologyRequest(String reason, LocalDate newDueDate) {}
