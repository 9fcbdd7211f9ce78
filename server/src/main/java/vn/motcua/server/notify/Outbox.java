package vn.motcua.server.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.client.api.NotificationChannel;

/**
 * The message_outbox table: every message to a person on every channel, waiting to be sent and then its delivery
 * record (sent, with the provider's id, or given up, with the last error). Rows are claimed one at a time so that
 * instances never send one twice at once.
 */
@Component
class Outbox {

    /** One letter, as it will be sent on every attempt: to one or more comma-separated addresses, PDF attached or not. */
    record Letter(String recipient, String subject, String body, String attachmentName, byte[] attachment) {}

    /**
     * One message on one channel, written before it is sent so that every attempt sends the same: an email's subject
     * and body, an SMS's text, a ZNS message's template and parameters ({@code params}, in the order of the bundle's
     * placeholders). {@code expiresAt} is null for a message worth sending however late.
     */
    record Message(
            NotificationChannel channel,
            String recipient,
            String subject,
            String body,
            String attachmentName,
            byte[] attachment,
            String template,
            Locale locale,
            Map<String, String> params,
            Instant expiresAt) {}

    record Pending(long id, int attempts, Message message) {}

    private static final TypeReference<LinkedHashMap<String, String>> PARAMS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Outbox(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * At most one letter of a kind per reference: an apology's is its dossier's code (issuing is allowed once, and a
     * replayed event must not add a second), a norm alert's names its breach, a monthly report's the office, month
     * and head.
     */
    void add(long officeId, String reference, String kind, Letter letter, Instant at) {
        add(
                officeId,
                reference,
                kind,
                new Message(
                        NotificationChannel.EMAIL,
                        letter.recipient(),
                        letter.subject(),
                        letter.body(),
                        letter.attachmentName(),
                        letter.attachment(),
                        null,
                        null,
                        null,
                        null),
                at);
    }

    /** At most one message of a kind per reference and channel, so a replayed event adds nothing. */
    void add(long officeId, String reference, String kind, Message message, Instant at) {
        jdbc.sql("""
                        insert into message_outbox (office_id, reference, kind, channel, recipient, subject, body,
                                                    attachment_name, attachment, template, locale, params, expires_at,
                                                    created_at, next_attempt_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)
                        on conflict (reference, kind, channel) do nothing""")
                .params(
                        officeId,
                        reference,
                        kind,
                        message.channel().name(),
                        message.recipient(),
                        message.subject(),
                        message.body(),
                        message.attachmentName(),
                        message.attachment(),
                        message.template(),
                        message.locale() == null ? null : message.locale().toLanguageTag(),
                        message.params() == null ? null : json.writeValueAsString(message.params()),
                        message.expiresAt() == null ? null : Timestamp.from(message.expiresAt()),
                        Timestamp.from(at),
                        Timestamp.from(at))
                .update();
    }

    /** The oldest due message on one of {@code channels}, locked until the caller's transaction ends. */
    Optional<Pending> claimNext(Set<NotificationChannel> channels, Instant now, int maxAttempts) {
        return jdbc.sql("""
                        select * from message_outbox
                        where sent_at is null and failed_at is null and next_attempt_at <= ? and attempts < ?
                          and channel = any (string_to_array(?, ','))
                        order by next_attempt_at limit 1
                        for update skip locked""")
                .params(
                        Timestamp.from(now),
                        maxAttempts,
                        channels.stream().map(Enum::name).collect(Collectors.joining(",")))
                .query((rs, n) -> new Pending(rs.getLong("id"), rs.getInt("attempts"), message(rs)))
                .optional();
    }

    /** Messages whose moment has passed are given up unsent: a turn announced after it came helps nobody. */
    int expire(Instant now) {
        return jdbc.sql("""
                        update message_outbox set failed_at = ?, last_error = 'expired before it could be sent'
                        where sent_at is null and failed_at is null and expires_at <= ?""").params(Timestamp.from(now), Timestamp.from(now)).update();
    }

    void sent(long id, int attempts, Instant at, String providerId) {
        jdbc.sql("""
                        update message_outbox set attempts = ?, sent_at = ?, provider_id = ?, last_error = null
                        where id = ?""").params(attempts, Timestamp.from(at), providerId, id).update();
    }

    /** A failed attempt; {@code givenUpAt} is set on the last one, and the message then stays unsent for good. */
    void failed(long id, int attempts, Instant nextAttemptAt, String error, Instant givenUpAt) {
        jdbc.sql("""
                        update message_outbox set attempts = ?, next_attempt_at = ?, last_error = ?, failed_at = ?
                        where id = ?""")
                .params(
                        attempts,
                        Timestamp.from(nextAttemptAt),
                        error,
                        givenUpAt == null ? null : Timestamp.from(givenUpAt),
                        id)
                .update();
    }

    private Message message(ResultSet rs) throws SQLException {
        String locale = rs.getString("locale");
        String params = rs.getString("params");
        Timestamp expiresAt = rs.getTimestamp("expires_at");
        return new Message(
                NotificationChannel.valueOf(rs.getString("channel")),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getString("attachment_name"),
                rs.getBytes("attachment"),
                rs.getString("template"),
                locale == null ? null : Locale.forLanguageTag(locale),
                params == null ? null : json.readValue(params, PARAMS),
                expiresAt == null ? null : expiresAt.toInstant());
    }
}
