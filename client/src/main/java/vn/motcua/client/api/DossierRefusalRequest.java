package vn.motcua.client.api;

/** A refusal to receive a dossier (Mẫu 03), with the reason printed for the applicant. */
public record DossierRefusalRequest(String reason) {}
