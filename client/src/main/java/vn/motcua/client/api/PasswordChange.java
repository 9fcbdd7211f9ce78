package vn.motcua.client.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A signed-in member of staff replaces their own password, proving they know the current one. */
public record PasswordChange(
        @NotBlank String currentPassword,

        @NotBlank @Size(min = 10, max = 200, message = "mật khẩu cần ít nhất 10 ký tự")
        String newPassword) {}
