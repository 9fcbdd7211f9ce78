package vn.motcua.client.api;

/** What a CSV import did: procedures added and procedures whose code already existed and were updated. */
public record ProcedureImportResult(int created, int updated) {}
