package vn.motcua.server.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The mail_outbox table: letters waiting to be sent, claimed one at a time so instances never send one twice at once. */
@Component
class MailOutbox {

    /** One letter, as it will be sent on every attempt: to one or more comma-separated addresses, PDF attached or not. */
    record Letter(String recipient, String subject, String body, String attachmentName, byte[] attachment) {}

    record Pending(long id, int attempts, Letter letter) {}

    private final JdbcClient jdbc;

    MailOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * At most one letter of a kind per reference: an apology's is its dossier's code (issuing is allowed once, and a
     * replayed event must not add a second), a norm alert's names its breach, a monthly report's the office, month
     * and head.
     */
    void add(long officeId, String reference, String kind, Letter letter, Instant at) {
        jdbc.sql("""
                        insert into mail_outbox (office_id, dossier_code, kind, recipient, subject, body,
                                                 attachment_name, attachment, created_at, next_attempt_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (dossier_code, kind) do nothing""")
                .params(
                        officeId,
                        reference,
                        kind,
                        letter.recipient(),
                        letter.subject(),
                        letter.body(),
                        letter.attachmentName(),
                        letter.attachment(),
                        Timestamp.from(at),
                        Timestamp.from(at))
                .update();
    }

    Optional<Pending> claimNext(Instant now, int maxAttempts) {
        return jdbc.sql("""
                        select id, attempts, recipient, subject, body, attachment_name, attachment from mail_outbox
                        where sent_at is null and next_attempt_at <= ? and attempts < ?
                        order by next_attempt_at limit 1
                        for update skip locked""")
                .params(Timestamp.from(now), maxAttempts)
                .query((rs, n) -> new Pending(
                        rs.getLong("id"),
                        rs.getInt("attempts"),
                        new Letter(
                                rs.getString("recipient"),
                                rs.getString("subject"),
                                rs.getString("body"),
                                rs.getString("attachment_name"),
                                rs.getBytes("attachment"))))
                .optional();
    }

    void sent(long id, int attempts, Instant at) {
        jdbc.sql("update mail_outbox set attempts = ?, sent_at = ?, last_error = null where id = ?")
                .params(attempts, Timestamp.from(at), id)
                .update();
    }

    void failed(long id, int attempts, Instant nextAttemptAt, String error) {
        jdbc.sql("update mail_outbox set attempts = ?, next_attempt_at = ?, last_error = ? where id = ?")
                .params(attempts, Timestamp.from(nextAttemptAt), error, id)
                .update();
    }
}
