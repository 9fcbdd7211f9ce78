package vn.motcua.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;

/** Every boundary of "who may call what": 401 for nobody, 403 for the wrong role or the wrong office. */
@IntegrationTest
class AuthorizationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void without_a_token_every_office_endpoint_answers_401_as_problem_json() throws Exception {
        var office = fixtures.office();
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(fixtures.baseUrl() + "/api/v1/offices/" + office.id() + "/snapshot"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("content-type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    }

    @Test
    void a_wrong_password_or_an_unknown_user_or_a_revoked_device_cannot_sign_in() {
        var office = fixtures.office();
        MotcuaClient device = fixtures.device(office.id(), Role.KIOSK, null);
        String code = device.token().displayName();

        assertThatThrownBy(() -> fixtures.client().signInStaff("nobody", "x"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
        assertThatThrownBy(() -> fixtures.client().signInDevice(code, "wrong"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
        jdbc.sql("update device set revoked_at = now() where code = ?")
                .param(code)
                .update();
        assertThatThrownBy(() -> fixtures.client().signInDevice(code, Fixtures.PASSWORD))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void a_kiosk_may_issue_tickets_but_not_call_them() {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        kiosk.queue().issueTicket(office.id(), office.area(0), null);

        assertForbidden(() -> kiosk.queue().callNext(office.id(), office.counter(0)));
    }

    @Test
    void a_display_board_and_a_rating_tablet_may_read_but_not_issue_or_call() {
        var office = fixtures.office();
        MotcuaClient display = fixtures.device(office.id(), Role.DISPLAY, null);
        MotcuaClient tablet = fixtures.device(office.id(), Role.RATING_TABLET, office.counter(0));

        assertThat(display.queue().snapshot(office.id()).officeId()).isEqualTo(office.id());
        assertForbidden(() -> display.queue().issueTicket(office.id(), office.area(0), null));
        assertForbidden(() -> tablet.queue().issueTicket(office.id(), office.area(0), null));
        assertForbidden(() -> tablet.queue().callNext(office.id(), office.counter(0)));
    }

    @Test
    void a_clerk_acts_only_in_his_own_offices() {
        var mine = fixtures.office();
        var other = fixtures.office();
        MotcuaClient clerk = fixtures.staff(mine.id(), Role.CLERK);

        assertForbidden(() -> clerk.queue().callNext(other.id(), other.counter(0)));
        assertForbidden(() -> clerk.queue().snapshot(other.id()));
        assertForbidden(() -> clerk.queue().issueTicket(other.id(), other.area(0), null));
        assertThat(clerk.offices().offices()).extracting(o -> o.id()).containsExactly(mine.id());
    }

    @Test
    void an_admin_may_issue_but_only_clerks_and_heads_run_a_counter() {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        MotcuaClient head = fixtures.staff(office.id(), Role.HEAD);
        admin.queue().issueTicket(office.id(), office.area(0), null);

        assertForbidden(() -> admin.queue().callNext(office.id(), office.counter(0)));
        assertThat(head.queue().callNext(office.id(), office.counter(0)).code()).isEqualTo("A001");
    }

    @Test
    void stomp_refuses_a_connection_without_a_token_and_a_subscription_to_another_office() throws Exception {
        var mine = fixtures.office();
        var other = fixtures.office();
        MotcuaClient display = fixtures.device(mine.id(), Role.DISPLAY, null);
        WebSocketStompClient stomp = new WebSocketStompClient(new StandardWebSocketClient());
        URI ws = URI.create("ws://localhost:" + fixtures.baseUrl().getPort() + "/ws");

        assertThatThrownBy(() -> stomp.connectAsync(
                                ws, new WebSocketHttpHeaders(), new StompHeaders(), new StompSessionHandlerAdapter() {})
                        .get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class);

        StompHeaders auth = new StompHeaders();
        auth.add("Authorization", "Bearer " + display.token().token());
        StompSession session = stomp.connectAsync(
                        ws, new WebSocketHttpHeaders(), auth, new StompSessionHandlerAdapter() {})
                .get(5, TimeUnit.SECONDS);
        session.subscribe("/topic/office." + other.id() + ".queue", new StompFrameHandler() {
            @Override
            public java.lang.reflect.Type getPayloadType(StompHeaders headers) {
                return byte[].class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {}
        });
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(5))
                .until(() -> !session.isConnected());
    }

    private static void assertForbidden(Runnable call) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
    }
}
