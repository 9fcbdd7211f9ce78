package vn.motcua.server.norm;

import java.time.ZonedDateTime;
import java.util.List;
import vn.motcua.client.api.NormBreach;

/**
 * A breach started in an office whose norms ask for email alerts; {@code recipients} are its active heads' staff
 * addresses. Published in the transaction that records it, so a letter queued in that transaction goes out exactly
 * when the breach is recorded. {@code concerns} names the ticket and its area, the counter, or the office, as the
 * office calls them.
 */
public record NormBreachStarted(
        NormBreach breach, String officeName, String concerns, ZonedDateTime startedAt, List<String> recipients) {}
