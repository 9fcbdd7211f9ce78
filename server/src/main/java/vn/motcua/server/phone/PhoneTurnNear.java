package vn.motcua.server.phone;

import java.time.Instant;

/**
 * A phone ticket's people ahead fell to the office's number: published once across instances, in the transaction that
 * marks it, for a notification port to tell the citizen at {@code phone}. {@code page} is the ticket's public page.
 */
public record PhoneTurnNear(
        long officeId,
        String officeName,
        String ticketId,
        String ticketCode,
        int ahead,
        String phone,
        String language,
        String page,
        Instant expiresAt) {}
