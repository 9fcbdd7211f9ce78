package vn.motcua.client.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Whether citizens may take a ticket on the office's public page from their phone, how many such tickets the office
 * gives a day at most, and at how many people ahead the citizen is sent the "your turn is near" SMS.
 */
public record PhoneTicketSettings(
        boolean enabled,
        @Min(1) @Max(10000) int dailyCap,
        @Min(1) @Max(50) int notifyAhead) {}
