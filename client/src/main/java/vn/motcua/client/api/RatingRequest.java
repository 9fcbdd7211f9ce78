package vn.motcua.client.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A citizen's rating of one finished ticket; reasons (and a comment) mostly come with DISSATISFIED. */
public record RatingRequest(
        @NotBlank String ticketId,
        @NotNull RatingLevel level,
        @Size(max = 6) List<@NotBlank @Size(max = 100) String> reasons,
        @Size(max = 500) String comment) {}
