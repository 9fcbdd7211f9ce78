package vn.motcua.client.api;

import java.time.Instant;
import java.util.UUID;

/**
 * The body of a webhook delivery: a dossier of the office reached a status. {@code eventId} is also in the
 * {@code X-Motcua-Event-Id} header; a delivery may come more than once, so receivers skip ids they have seen.
 */
public record WebhookEvent(
        UUID eventId,
        String type,
        long officeId,
        String code,
        DossierStatus status,
        int nationalStatusCode,
        Instant at) {

    public static final String DOSSIER_STATUS_CHANGED = "dossier.status_changed";
}
