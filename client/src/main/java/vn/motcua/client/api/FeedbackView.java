package vn.motcua.client.api;

import java.time.Instant;
import java.time.LocalDate;

/** Feedback as the office's heads see it, contact details included. */
public record FeedbackView(
        long id,
        String reference,
        FeedbackCategory category,
        FeedbackChannel channel,
        String content,
        String contactName,
        String phone,
        String email,
        boolean publishConsent,
        String subject,
        Instant receivedAt,
        LocalDate answerDueOn,
        boolean overdue,
        String answer,
        Instant answeredAt,
        boolean answerPublic) {}
