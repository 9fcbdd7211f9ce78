package vn.motcua.client.api;

/** Bản chính, bản sao có chứng thực, bản sao. */
public enum DossierDocumentForm {
    ORIGINAL,
    CERTIFIED_COPY,
    COPY
}
