package vn.motcua.server.integration;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox rows of webhook deliveries. */
@Repository
class WebhookDeliveries {

    private final JdbcClient jdbc;

    WebhookDeliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The most overdue delivery, locked until the transaction ends; rows other instances hold are skipped, so
     * each delivery is being sent by one instance at a time.
     */
    Optional<Pending> claimNext(Instant now) {
        return jdbc.sql("""
                        select d.id, d.event_id, d.payload::text as body, d.attempts, s.url, s.secret
                        from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
                        where d.delivered_at is null and d.next_attempt_at <= ? and d.attempts < ? and s.active
                        order by d.next_attempt_at limit 1
                        for update of d skip locked""")
                .params(Timestamp.from(now), RetrySchedule.MAX_ATTEMPTS)
                .query((rs, n) -> new Pending(
                        rs.getLong("id"),
                        rs.getObject("event_id", UUID.class),
                        rs.getString("body"),
                        rs.getInt("attempts"),
                        rs.getString("url"),
                        rs.getString("secret")))
                .optional();
    }

    void delivered(long id, int attempts, Instant at) {
        jdbc.sql("update webhook_delivery set attempts = ?, delivered_at = ?, last_error = null where id = ?")
                .params(attempts, Timestamp.from(at), id)
                .update();
    }

    void failed(long id, int attempts, Instant nextAttemptAt, String error) {
        jdbc.sql("update webhook_delivery set attempts = ?, next_attempt_at = ?, last_error = ? where id = ?")
                .params(attempts, Timestamp.from(nextAttemptAt), error, id)
                .update();
    }

    record Pending(long id, UUID eventId, String body, int attempts, String url, String secret) {}
}
