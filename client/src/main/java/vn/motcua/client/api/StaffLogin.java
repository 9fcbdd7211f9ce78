package vn.motcua.client.api;

import jakarta.validation.constraints.NotBlank;

public record StaffLogin(
        @NotBlank String username, @NotBlank String password) {}
