package vn.motcua.client.api;

import java.time.Instant;

/** An active webhook subscription; its secret is never shown again after creation. */
public record WebhookView(long id, String url, Instant createdAt) {}
