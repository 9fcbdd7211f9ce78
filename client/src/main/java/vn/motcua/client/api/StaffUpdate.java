package vn.motcua.client.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A staff account's new display name and its roles in one office (replacing the roles it held there). */
public record StaffUpdate(
        @NotBlank @Size(max = 120) String fullName,
        @NotEmpty Set<Role> roles) {}
