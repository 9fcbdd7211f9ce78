package vn.motcua.client.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * A new staff account in one office; the password is set by the admin and changed by its owner. The email address is
 * where a head gets the monthly report and norm alerts (null or blank: none).
 */
public record StaffRequest(
        @NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[a-z0-9._-]+", message = "chỉ gồm chữ thường, số, . _ -")
        String username,

        @NotBlank @Size(max = 120) String fullName,

        @NotBlank @Size(min = 10, max = 200, message = "mật khẩu cần ít nhất 10 ký tự")
        String password,

        @NotEmpty Set<Role> roles,

        @Size(max = 254) String email) {

    /** An account without an email address. */
    public StaffRequest(String username, String fullName, String password, Set<Role> roles) {
        this(username, fullName, password, roles, null);
    }
}
