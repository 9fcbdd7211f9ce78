package vn.motcua.client.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** An admin's new or changed counter, with the service areas it serves. */
public record CounterRequest(
        @NotNull @Min(1) @Max(999) Integer number,
        @NotBlank @Size(max = 100) String name,
        @NotEmpty List<@NotNull Long> areaIds,
        Boolean active) {}
