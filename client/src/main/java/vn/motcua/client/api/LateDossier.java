package vn.motcua.client.api;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One dossier of the monthly list of late dossiers.
 *
 * @param dueAt      the receipt's due time, office-local
 * @param finishedAt when its time stopped counting (result, stop or refusal), or null while it is open
 * @param daysLate   whole days past the due time (moved by the supplement waits), rounded up
 * @param receivedBy the name of the clerk who received it
 */
public record LateDossier(
        String code,
        String procedureName,
        Instant receivedAt,
        LocalDateTime dueAt,
        Instant finishedAt,
        boolean open,
        long daysLate,
        String receivedBy,
        boolean apologized) {}
