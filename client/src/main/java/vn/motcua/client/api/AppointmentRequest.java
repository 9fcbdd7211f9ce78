package vn.motcua.client.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A booking from the public page or API: the slot's start as {@link AppointmentSlot} gave it, the citizen's name and
 * a Vietnamese phone number (the reminder goes there), and the language of the reminder ({@code vi} or {@code en}).
 */
public record AppointmentRequest(
        @NotNull @Positive Long areaId,
        @NotNull Instant startsAt,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 20) String phone,
        @Size(max = 2) String language) {}
