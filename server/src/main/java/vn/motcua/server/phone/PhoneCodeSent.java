package vn.motcua.server.phone;

import java.time.Instant;

/**
 * A one-time code for {@code phone} (as typed, a Vietnamese mobile number) was made, in a transaction: a notification
 * port sends it by SMS in that transaction, so the code and its message commit together. {@code request} names it.
 */
public record PhoneCodeSent(
        long officeId,
        String officeName,
        String request,
        String phone,
        String code,
        long minutes,
        String language,
        Instant expiresAt) {}
