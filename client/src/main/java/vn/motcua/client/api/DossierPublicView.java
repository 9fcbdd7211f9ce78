package vn.motcua.client.api;

import java.time.LocalDateTime;

/**
 * What anyone holding a receipt's QR code may see: never the ID number, address or phone. The office is named so that
 * the citizen can be sent to its feedback form.
 */
public record DossierPublicView(
        String code,
        String procedureName,
        String applicant,
        DossierStatus status,
        int nationalStatusCode,
        String statusLabel,
        LocalDateTime dueAt,
        String nextStep,
        long officeId) {}
