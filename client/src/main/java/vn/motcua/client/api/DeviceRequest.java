package vn.motcua.client.api;

import jakarta.validation.constraints.NotNull;

/** A new kiosk, display board or rating tablet (a tablet names its counter). */
public record DeviceRequest(@NotNull Role kind, Long counterId) {}
