package vn.motcua.client.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Feedback as a citizen gives it. Contact details are optional: without them the citizen follows the answer with the
 * reference alone. {@code subject} is the ticket number or dossier code it is about, if any.
 */
public record FeedbackRequest(
        @NotNull FeedbackCategory category,
        @NotBlank @Size(min = 10, max = 2000) String content,
        @Size(max = 100) String contactName,
        @Pattern(regexp = "\\+?[0-9 .]{8,20}") String phone,
        @Email @Size(max = 254) String email,
        Boolean publishConsent,
        @Size(max = 40) String subject) {

    /** Not given is no: nothing is published without a yes. */
    public boolean publishes() {
        return Boolean.TRUE.equals(publishConsent);
    }
}
