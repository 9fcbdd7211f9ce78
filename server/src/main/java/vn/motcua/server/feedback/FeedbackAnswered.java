package vn.motcua.server.feedback;

import java.time.Instant;

/** Published in the transaction that records an answer; {@code email} is the citizen's, when one was given. */
public record FeedbackAnswered(
        long officeId,
        String officeName,
        String reference,
        String contactName,
        String email,
        String answer,
        Instant answeredAt) {}
