package vn.motcua.client.api;

import java.time.LocalDateTime;

/** A dossier on the morning list: due within one working day, with neither a result nor an apology. */
public record DossierDue(
        String code,
        String procedureName,
        String applicantName,
        DossierStatus status,
        LocalDateTime dueAt,
        boolean overdue) {}
