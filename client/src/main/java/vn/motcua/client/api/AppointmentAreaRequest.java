package vn.motcua.client.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Slots of {@code slotMinutes} from opening time, each taking {@code capacity} citizens; inactive: no new bookings. */
public record AppointmentAreaRequest(
        @Min(5) @Max(240) int slotMinutes, @Min(1) @Max(100) int capacity, boolean active) {}
