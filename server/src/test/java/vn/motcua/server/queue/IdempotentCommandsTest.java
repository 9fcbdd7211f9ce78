package vn.motcua.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;

/** A retried request with the same Idempotency-Key answers with what the first did, and never acts twice. */
@IntegrationTest
class IdempotentCommandsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StringRedisTemplate redis;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_retried_issue_with_the_same_key_returns_the_same_ticket_and_issues_no_other() throws Exception {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = post(kiosk, office.id(), "/tickets", key, "{\"areaId\":" + office.area(0) + "}");
        HttpResponse<String> retry = post(kiosk, office.id(), "/tickets", key, "{\"areaId\":" + office.area(0) + "}");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(ticketId(retry)).isEqualTo(ticketId(first));
        assertThat(jdbc.sql("select count(*) from ticket where office_id = ?")
                        .param(office.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void a_retry_after_redis_lost_everything_still_finds_the_first_answer() throws Exception {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = post(kiosk, office.id(), "/tickets", key, "{\"areaId\":" + office.area(0) + "}");

        redis.getConnectionFactory().getConnection().serverCommands().flushDb();
        HttpResponse<String> retry = post(kiosk, office.id(), "/tickets", key, "{\"areaId\":" + office.area(0) + "}");

        assertThat(ticketId(retry)).isEqualTo(ticketId(first));
        assertThat(jdbc.sql("select count(*) from ticket where office_id = ?")
                        .param(office.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void a_retried_call_next_returns_the_called_ticket_instead_of_counter_busy() throws Exception {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        MotcuaClient clerk = fixtures.staff(office.id(), Role.CLERK);
        kiosk.queue().issueTicket(office.id(), office.area(0), null);
        kiosk.queue().issueTicket(office.id(), office.area(0), null);
        String key = UUID.randomUUID().toString();
        String path = "/counters/" + office.counter(0) + "/call-next";

        HttpResponse<String> first = post(clerk, office.id(), path, key, null);
        HttpResponse<String> retry = post(clerk, office.id(), path, key, null);

        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(ticketId(retry)).isEqualTo(ticketId(first));
        assertThat(clerk.queue().snapshot(office.id()).waitingByArea().get(office.area(0)))
                .hasSize(1);
    }

    @Test
    void a_key_that_is_not_a_key_is_refused_with_400() throws Exception {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);

        HttpResponse<String> answer =
                post(kiosk, office.id(), "/tickets", "bad key", "{\"areaId\":" + office.area(0) + "}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    private HttpResponse<String> post(MotcuaClient caller, long officeId, String path, String key, String body)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(fixtures.baseUrl() + "/api/v1/offices/" + officeId + path))
                .header("Authorization", "Bearer " + caller.token().token())
                .header("Idempotency-Key", key)
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String ticketId(HttpResponse<String> response) {
        JsonNode answer = JSON.readTree(response.body());
        return (answer.has("ticket") ? answer.get("ticket") : answer).get("id").asString();
    }
}
