package vn.motcua.client.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The browser's half of a screen pairing: 32 random bytes the server made, base64url without padding. Whoever holds
 * it acts as the device until the screen is unpaired or the device revoked or given a new secret.
 */
public record PairingReference(
        @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{43}", message = "phải là mã ghép đôi 43 ký tự do máy chủ cấp")
        String reference) {}
