package vn.motcua.client.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;

/** What an admin may change of an office: its names, hours and the priority run of its queues. */
public record OfficeSettings(
        @NotBlank @Size(max = 200) String name,

        @NotBlank @Size(max = 40) @Pattern(regexp = "[0-9A-Z.]+", message = "chỉ gồm số, chữ in hoa và dấu chấm")
        String agencyCode,

        @NotNull LocalTime opensAt,
        @NotNull LocalTime closesAt,
        boolean openOnSaturday,
        boolean openOnSunday,
        @Min(1) @Max(20) int priorityRun) {}
