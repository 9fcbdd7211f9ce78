package vn.motcua.client.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The line an admin sets for the hall display board (empty for none). */
public record Notice(@NotNull @Size(max = 300) String text) {}
