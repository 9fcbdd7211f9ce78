package vn.motcua.server.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.client.api.FeedbackCategory;
import vn.motcua.client.api.FeedbackChannel;

/** Published in the transaction that files feedback; {@code recipients} are the heads who have an email address. */
public record FeedbackFiled(
        long officeId,
        String officeName,
        String reference,
        FeedbackCategory category,
        FeedbackChannel channel,
        String content,
        String subject,
        Instant receivedAt,
        LocalDate answerDueOn,
        List<String> recipients) {}
