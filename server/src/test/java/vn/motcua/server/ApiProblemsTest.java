package vn.motcua.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.Role;

/** Bad input gets a clear problem+json answer naming what is wrong, never a 500. */
@IntegrationTest
class ApiProblemsTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void a_malformed_field_is_a_400_that_names_the_field() throws Exception {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);

        HttpResponse<String> response =
                post(kiosk, "/api/v1/offices/" + office.id() + "/tickets", "{\"areaId\":\"abc\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"areaId\"");
    }

    @Test
    void a_missing_field_or_a_broken_body_is_a_400_not_a_500() throws Exception {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);

        assertThat(post(kiosk, "/api/v1/offices/" + office.id() + "/tickets", "{}")
                        .body())
                .contains("\"field\":\"areaId\"");
        assertThat(post(kiosk, "/api/v1/offices/" + office.id() + "/tickets", "{not json")
                        .statusCode())
                .isEqualTo(400);
        assertThat(post(kiosk, "/api/v1/offices/" + office.id() + "/tickets", "{\"areaId\":1,\"priority\":\"VIP\"}")
                        .body())
                .contains("\"field\":\"priority\"");
    }

    @Test
    void unknown_ids_are_404_or_400_when_they_are_not_ids_at_all() {
        var office = fixtures.office();
        MotcuaClient clerk = fixtures.staff(office.id(), Role.CLERK);

        assertThatThrownBy(() -> clerk.queue().callNext(office.id(), 987_654))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> clerk.queue().ticket(office.id(), "00000000-0000-0000-0000-000000000000"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> clerk.queue().ticket(office.id(), "not-a-ticket"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> clerk.queue().pause(office.id(), office.counter(0), " "))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(m -> m.get("field"))
                                .containsExactly("reason"));
    }

    @Test
    void the_openapi_document_is_served() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(fixtures.baseUrl() + "/v3/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/v1/offices/{officeId}/counters/{counterId}/call-next");
    }

    private HttpResponse<String> post(MotcuaClient as, String path, String body) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(fixtures.baseUrl() + path))
                                .header("Authorization", "Bearer " + as.token().token())
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
