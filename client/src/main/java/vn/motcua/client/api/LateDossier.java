package vn.motcua.client.api;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One dossier of the monthly list of late dossiers.
 *
 * @param dueAt             the receipt's due time, office-local
 * @param finishedAt        when its time stopped counting (result, stop or refusal), or null while it is open
 * @param daysLate          whole days, rounded up, from the moment it became late (its due time moved by the first
 *                          supplement wait, or its second supplement request if that came first)
 * @param receivedBy        the name of the clerk who received it
 * @param responsibleUnit   the agency or department that held the dossier when it became late (the one-stop desk
 *                          while it was never handed over)
 * @param responsibleOfficer the officer who held it then (the receiving clerk while it was never handed over)
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
        boolean apologized,
        String responsibleUnit,
        String responsibleOfficer) {}
