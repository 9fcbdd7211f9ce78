package vn.motcua.client.api;

/** The person or organisation submitting a dossier; phone and email may be null. */
public record DossierApplicant(String name, String idNumber, String address, String phone, String email) {}
