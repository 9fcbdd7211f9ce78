package vn.motcua.client.api;

import java.time.Instant;
import java.time.LocalDate;

/** What the holder of a reference sees: no contact detail, and the answer once there is one. */
public record FeedbackStatus(
        String reference,
        FeedbackCategory category,
        Instant receivedAt,
        LocalDate answerDueOn,
        boolean answered,
        String answer,
        Instant answeredAt) {}
