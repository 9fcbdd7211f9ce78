package vn.motcua.client.api;

import java.time.Instant;

/** A device; {@code secret} is filled only in the answer that creates it and is never shown again. */
public record DeviceView(
        long id, String code, Role kind, Long counterId, Instant createdAt, Instant revokedAt, String secret) {}
