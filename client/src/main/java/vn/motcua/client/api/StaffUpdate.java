package vn.motcua.client.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * A staff account's new display name, its roles in one office (replacing the roles it held there) and its email
 * address (where a head gets the monthly report and norm alerts; null or blank: none).
 */
public record StaffUpdate(
        @NotBlank @Size(max = 120) String fullName,
        @NotEmpty Set<Role> roles,
        @Size(max = 254) String email) {}
