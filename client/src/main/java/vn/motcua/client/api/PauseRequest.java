package vn.motcua.client.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A counter's pause always carries its reason, so that heads can see why a counter stood idle. */
public record PauseRequest(@NotBlank @Size(max = 200) String reason) {}
