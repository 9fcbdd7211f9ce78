package vn.motcua.client.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Sign-in that replaces an admin-set temporary password (after 403 PASSWORD_CHANGE_REQUIRED): the owner proves
 * the temporary one and chooses their own, and gets a token.
 */
public record TemporaryPasswordChange(
        @NotBlank String username,
        @NotBlank String currentPassword,
        @NotBlank @Size(max = 200) String newPassword) {}
