package vn.motcua.client.api;

import java.time.Instant;

/**
 * A dossier behind a low indicator: late for 2.1 (by the period's end when still open), or rated "not satisfied"
 * for 5.4. {@code endedAt} is null while it is still being worked on.
 */
public record IndicatorDossier(
        String code,
        long officeId,
        String procedureName,
        Instant receivedAt,
        Instant deadlineAt,
        Instant endedAt,
        boolean late,
        boolean dissatisfied,
        String receivedByName,
        boolean apologized) {}
