package vn.motcua.client.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A temporary password an admin sets for a member of staff, who then changes it. */
public record PasswordReset(
        @NotBlank @Size(min = 10, max = 200, message = "mật khẩu cần ít nhất 10 ký tự")
        String password) {}
