package vn.motcua.client.api;

import java.time.Instant;

/**
 * A new subscription with the secret that signs its deliveries; the only time the secret is shown. A receiver
 * checks {@code X-Motcua-Signature: sha256=<hex HMAC-SHA256(secret, X-Motcua-Timestamp + "." + body)>}.
 */
public record WebhookCreated(long id, String url, Instant createdAt, String secret) {}
