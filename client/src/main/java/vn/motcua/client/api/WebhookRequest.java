package vn.motcua.client.api;

/** A receiver to subscribe to the office's dossier status changes: an http or https address. */
public record WebhookRequest(String url) {}
