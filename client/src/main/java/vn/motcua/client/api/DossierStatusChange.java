package vn.motcua.client.api;

/** A request to move a dossier to another status, with a note for its history. */
public record DossierStatusChange(DossierStatus status, String note) {}
