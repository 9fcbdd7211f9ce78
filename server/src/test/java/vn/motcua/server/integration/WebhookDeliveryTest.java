package vn.motcua.server.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.DossierStatusChange;
import vn.motcua.client.api.WebhookCreated;
import vn.motcua.client.api.WebhookEvent;
import vn.motcua.client.api.WebhookView;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestClock;

@IntegrationTest
class WebhookDeliveryTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    WebhookDispatcher dispatcher;

    IntegrationOffice office;
    Receiver receiver;

    @BeforeEach
    void setUp() throws IOException {
        office = new IntegrationOffice(fixtures, jdbc);
        receiver = new Receiver();
    }

    @AfterEach
    void tearDown() {
        receiver.stop();
        TestClock.release();
    }

    @Test
    void a_receiver_that_first_fails_gets_the_same_signed_event_again_and_it_is_then_marked_delivered() {
        TestClock.pin(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        WebhookCreated hook = office.admin.integration().createWebhook(office.id, receiver.url());
        String code = office.admin
                .integration()
                .registerDossierIdempotently(office.id, "reg-1", office.dossier("Hoa"))
                .code();

        // the scheduled dispatcher may be the one that sends it: its record of the attempt follows the call
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            dispatcher.dispatch();
            assertThat(receiver.calls).hasSize(1);
            assertThat(delivery(hook.id()).attempts()).isEqualTo(1);
        });
        Delivery failed = delivery(hook.id());
        assertThat(failed.lastError()).isEqualTo("HTTP 500");
        assertThat(failed.deliveredAt()).isNull();

        TestClock.advance(Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            dispatcher.dispatch();
            assertThat(delivery(hook.id()).deliveredAt()).isNotNull();
        });

        assertThat(delivery(hook.id()).attempts()).isEqualTo(2);
        assertThat(receiver.calls).hasSize(2);
        Call first = receiver.calls.get(0);
        Call second = receiver.calls.get(1);
        assertThat(second.eventId()).isEqualTo(first.eventId());
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(Long.parseLong(second.timestamp()) - Long.parseLong(first.timestamp()))
                .isEqualTo(10);
        assertThat(receiver.calls)
                .allSatisfy(call ->
                        assertThat(call.signature()).isEqualTo(hmac(hook.secret(), call.timestamp(), call.body())));
        WebhookEvent event = json.readValue(first.body(), WebhookEvent.class);
        assertThat(event.eventId().toString()).isEqualTo(first.eventId());
        assertThat(event.type()).isEqualTo(WebhookEvent.DOSSIER_STATUS_CHANGED);
        assertThat(event.officeId()).isEqualTo(office.id);
        assertThat(event.code()).isEqualTo(code);
        assertThat(event.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(event.nationalStatusCode()).isEqualTo(2);
    }

    @Test
    void a_signature_made_with_another_secret_or_over_a_changed_body_or_timestamp_does_not_match() throws Exception {
        WebhookCreated hook = office.admin.integration().createWebhook(office.id, receiver.url());
        receiver.failures = 0;
        office.admin.integration().registerDossierIdempotently(office.id, "reg-2", office.dossier("Hoa"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            dispatcher.dispatch();
            assertThat(receiver.calls).hasSize(1);
        });

        Call call = receiver.calls.get(0);
        assertThat(call.signature()).isEqualTo(hmac(hook.secret(), call.timestamp(), call.body()));
        assertThat(call.signature()).isNotEqualTo(hmac(hook.secret() + "0", call.timestamp(), call.body()));
        assertThat(call.signature())
                .isNotEqualTo(hmac(hook.secret(), call.timestamp(), call.body().replace("RECEIVED", "RESOLVED")));
        assertThat(call.signature()).isNotEqualTo(hmac(hook.secret(), call.timestamp() + "1", call.body()));
    }

    @Test
    void each_status_change_is_queued_for_each_active_subscription_and_not_for_a_deleted_one() {
        WebhookCreated kept = office.admin.integration().createWebhook(office.id, receiver.url());
        WebhookCreated deleted = office.admin.integration().createWebhook(office.id, receiver.url() + "?second");
        String code = office.admin
                .integration()
                .registerDossierIdempotently(office.id, "reg-3", office.dossier("Hoa"))
                .code();

        office.admin.integration().deleteWebhook(office.id, deleted.id());
        office.clerk
                .dossiers()
                .changeDossierStatus(office.id, code, new DossierStatusChange(DossierStatus.PROCESSING, ""));

        assertThat(deliveryCount(kept.id())).isEqualTo(2);
        assertThat(deliveryCount(deleted.id())).isEqualTo(1);
        assertThat(office.admin.integration().webhooks(office.id))
                .extracting(WebhookView::id)
                .containsExactly(kept.id());
    }

    @Test
    void a_status_change_that_is_refused_queues_nothing() {
        WebhookCreated hook = office.admin.integration().createWebhook(office.id, receiver.url());
        String code = office.admin
                .integration()
                .registerDossierIdempotently(office.id, "reg-4", office.dossier("Hoa"))
                .code();

        assertThatThrownBy(() -> office.clerk
                        .dossiers()
                        .changeDossierStatus(office.id, code, new DossierStatusChange(DossierStatus.RETURNED, "")))
                .isInstanceOf(ApiException.class);

        assertThat(deliveryCount(hook.id())).isEqualTo(1);
    }

    @Test
    void the_secret_is_shown_only_when_the_webhook_is_created() throws Exception {
        WebhookCreated hook = office.admin.integration().createWebhook(office.id, receiver.url());

        assertThat(hook.secret()).hasSize(64);
        String listed = json.writeValueAsString(office.admin.integration().webhooks(office.id));
        assertThat(listed).contains(receiver.url()).doesNotContain(hook.secret());
    }

    @Test
    void a_webhook_address_that_is_not_http_or_https_is_refused_with_400() {
        for (String url :
                List.of("ftp://example.vn/hook", "file:///etc/passwd", "javascript:alert(1)", "not a url", "")) {
            assertThatThrownBy(() -> office.admin.integration().createWebhook(office.id, url))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.fieldErrors())
                                .extracting(f -> f.get("field"))
                                .containsExactly("url");
                    });
        }
    }

    @Test
    void a_webhook_to_a_loopback_private_or_link_local_address_is_refused_with_400() {
        for (String url : List.of(
                "http://localhost:8080/hook",
                "http://10.1.2.3/hook",
                "http://192.168.1.10/hook",
                "http://172.20.0.5/hook",
                "http://169.254.169.254/latest/meta-data",
                "http://[::1]/hook",
                "http://[fd00::1]/hook",
                "http://100.64.0.1/hook",
                "http://0.0.0.0/hook")) {
            assertThatThrownBy(() -> office.admin.integration().createWebhook(office.id, url))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).as(url).isEqualTo(400);
                        assertThat(e.fieldErrors())
                                .extracting(f -> f.get("field"))
                                .containsExactly("url");
                    });
        }
    }

    @Test
    void only_an_admin_of_the_office_may_manage_webhooks() {
        assertThatThrownBy(() -> office.clerk.integration().createWebhook(office.id, receiver.url()))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> office.clerk.integration().webhooks(office.id))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        long id = office.admin
                .integration()
                .createWebhook(office.id, receiver.url())
                .id();
        IntegrationOffice other = new IntegrationOffice(fixtures, jdbc);
        assertThatThrownBy(() -> other.admin.integration().deleteWebhook(office.id, id))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> other.admin.integration().deleteWebhook(other.id, id))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    /** The receiver's side of the contract, written from the documented formula rather than the server's code. */
    private static String hmac(String secret, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256="
                + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    private Delivery delivery(long subscriptionId) {
        return jdbc.sql("select attempts, delivered_at, last_error from webhook_delivery where subscription_id = ?")
                .param(subscriptionId)
                .query((rs, n) -> new Delivery(
                        rs.getInt("attempts"), rs.getTimestamp("delivered_at"), rs.getString("last_error")))
                .single();
    }

    private long deliveryCount(long subscriptionId) {
        return jdbc.sql("select count(*) from webhook_delivery where subscription_id = ?")
                .param(subscriptionId)
                .query(Long.class)
                .single();
    }

    record Delivery(int attempts, java.sql.Timestamp deliveredAt, String lastError) {}

    record Call(String eventId, String timestamp, String signature, String body) {}

    /** A receiver on 127.0.0.1 that answers 500 to its first {@code failures} calls, then 200. */
    static final class Receiver {

        final List<Call> calls = new CopyOnWriteArrayList<>();
        volatile int failures = 1;
        private final HttpServer server;

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hook", this::handle);
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (exchange) {
                calls.add(new Call(
                        exchange.getRequestHeaders().getFirst("X-Motcua-Event-Id"),
                        exchange.getRequestHeaders().getFirst("X-Motcua-Timestamp"),
                        exchange.getRequestHeaders().getFirst("X-Motcua-Signature"),
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                exchange.sendResponseHeaders(calls.size() <= failures ? 500 : 200, -1);
            }
        }

        void stop() {
            server.stop(0);
        }
    }
}
