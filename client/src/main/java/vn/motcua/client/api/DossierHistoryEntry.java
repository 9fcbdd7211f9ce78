package vn.motcua.client.api;

import java.time.Instant;

/** One status a dossier entered: when, by whom, and why. */
public record DossierHistoryEntry(DossierStatus status, int nationalCode, Instant at, String byName, String note) {}
