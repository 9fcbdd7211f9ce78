package vn.motcua.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;

/** Health stays public for probes and load balancers; metrics only for the Prometheus scraper's password. */
@IntegrationTest
class ActuatorAccessTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    Fixtures fixtures;

    @Test
    void health_and_its_probes_answer_without_credentials() throws Exception {
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    }

    @Test
    void prometheus_metrics_are_refused_without_credentials_and_with_a_wrong_password() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", basic("prometheus", "wrong-password"))
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void prometheus_metrics_are_refused_to_a_signed_in_admin_token() throws Exception {
        var office = fixtures.office();
        String token = fixtures.staff(office.id(), Role.ADMIN).token().token();
        assertThat(get("/actuator/prometheus", "Bearer " + token).statusCode()).isEqualTo(401);
    }

    @Test
    void the_scraper_with_the_metrics_password_reads_prometheus_metrics() throws Exception {
        HttpResponse<String> response =
                get("/actuator/prometheus", basic("prometheus", IntegrationTest.METRICS_PASSWORD));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(fixtures.baseUrl() + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
