package vn.motcua.client.api;

/**
 * What a member of staff did with dossiers over a period, each dossier counted once: received (registered at the
 * desk), handled (hand-overs they recorded) and returned (result handed back to the citizen).
 */
public record StaffDossierWork(long staffId, String name, long received, long handled, long returned) {}
