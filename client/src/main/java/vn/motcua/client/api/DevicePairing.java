package vn.motcua.client.api;

import java.time.Instant;

/** A screen just paired: {@code reference} is shown only in this answer; the server keeps only its hash. */
public record DevicePairing(String reference, long deviceId, Instant createdAt) {}
