package vn.motcua.client.api;

import jakarta.validation.constraints.NotBlank;

/** Names the waiting (or parked) ticket a clerk wants to call out of order. */
public record CallTicketRequest(@NotBlank String ticketId) {}
