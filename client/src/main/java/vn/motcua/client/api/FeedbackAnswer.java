package vn.motcua.client.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A head's answer; {@code publish} puts it on the public page, where the citizen agreed to that. */
public record FeedbackAnswer(@NotBlank @Size(max = 4000) String answer, Boolean publish) {

    public boolean publishes() {
        return Boolean.TRUE.equals(publish);
    }
}
