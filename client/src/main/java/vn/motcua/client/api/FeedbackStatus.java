package vn.motcua.client.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the holder of a reference sees: no contact detail, and the answer once there is one. {@code followUrl} is the
 * public page, under the installation's public address, where the citizen follows it from a phone.
 */
public record FeedbackStatus(
        String reference,
        FeedbackCategory category,
        Instant receivedAt,
        LocalDate answerDueOn,
        boolean answered,
        String answer,
        Instant answeredAt,
        String followUrl) {}
