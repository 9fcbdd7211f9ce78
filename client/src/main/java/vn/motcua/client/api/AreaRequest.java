package vn.motcua.client.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An admin's new or changed service area. The prefix is the letter(s) printed before ticket numbers. */
public record AreaRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9_-]+", message = "chỉ gồm chữ in hoa, số, - và _")
        String code,

        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String nameEn,

        @NotBlank @Pattern(regexp = "[A-Z]{1,2}", message = "một hoặc hai chữ cái in hoa")
        String prefix,

        @Min(1) @Max(999) Integer dailyLimit,
        Boolean active) {}
