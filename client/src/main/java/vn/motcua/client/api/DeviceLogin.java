package vn.motcua.client.api;

import jakarta.validation.constraints.NotBlank;

/** A kiosk, display board or rating tablet proves itself with the code and secret an admin gave it. */
public record DeviceLogin(@NotBlank String code, @NotBlank String secret) {}
