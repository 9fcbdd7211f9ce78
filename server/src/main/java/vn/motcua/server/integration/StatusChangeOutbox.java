package vn.motcua.server.integration;

import java.sql.Timestamp;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.client.api.WebhookEvent;
import vn.motcua.server.dossier.DossierStatusChanged;

/**
 * Queues one delivery per active subscription of the office, just before the status change commits and in its
 * transaction: the change and its deliveries commit together, and a change that rolls back is never announced.
 * (After the commit, a new transaction would need a second pooled connection while the first is still held, which
 * exhausts the pool under concurrent registrations, and a crash between the two commits would lose the event.)
 * The payload is fixed here so every retry sends the same event.
 */
@Component
class StatusChangeOutbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    StatusChangeOutbox(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(DossierStatusChanged change) {
        UUID eventId = UUID.randomUUID();
        WebhookEvent event = new WebhookEvent(
                eventId,
                WebhookEvent.DOSSIER_STATUS_CHANGED,
                change.officeId(),
                change.code(),
                change.status(),
                change.status().nationalCode(),
                change.at());
        jdbc.sql("""
                        insert into webhook_delivery (subscription_id, event_id, payload, next_attempt_at)
                        select id, ?, ?::jsonb, ? from webhook_subscription where office_id = ? and active""")
                .params(eventId, json.writeValueAsString(event), Timestamp.from(change.at()), change.officeId())
                .update();
    }
}
