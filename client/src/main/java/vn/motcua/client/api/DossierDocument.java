package vn.motcua.client.api;

/** A paper received with the dossier: its name, whether it is an original or a copy, how many. */
public record DossierDocument(String name, DossierDocumentForm form, int count) {}
