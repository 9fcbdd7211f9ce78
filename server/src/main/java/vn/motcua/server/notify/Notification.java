package vn.motcua.server.notify;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.SequencedMap;
import vn.motcua.client.api.NotificationChannel;

/**
 * A message to one citizen, to be sent on each channel they chose. The text is the message bundles' template
 * {@code notify.<template>…} in {@code language}, filled with {@code params} in their order ({0}, {1}…); a ZNS message
 * takes the same parameters by name. Parameters carry only what the citizen gave or the office's own words (a code,
 * a time, an office, a link): a message leaves the office through operators and must hold no more.
 *
 * @param reference with {@code template}, names the message once: the same event queued again adds nothing
 * @param expiresAt null when the message is worth sending however late; else given up unsent after it
 */
public record Notification(
        long officeId,
        String reference,
        String template,
        Recipient to,
        Locale language,
        SequencedMap<String, String> params,
        Instant at,
        Instant expiresAt) {

    /**
     * Where the citizen asked to be told: a channel counts only when chosen and its address is there (a mobile number
     * for SMS and ZALO, an email address for EMAIL).
     */
    public record Recipient(String phone, String email, List<NotificationChannel> channels) {}
}
