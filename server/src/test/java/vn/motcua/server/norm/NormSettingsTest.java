package vn.motcua.server.norm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.ServiceNorms;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;

@IntegrationTest
class NormSettingsTest {

    @Autowired
    Fixtures fixtures;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void an_admin_sets_the_norms_and_a_head_reads_them() {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        MotcuaClient head = fixtures.staff(office.id(), Role.HEAD);
        assertThat(head.offices().serviceNorms(office.id())).isEqualTo(ServiceNorms.none());

        admin.offices()
                .setServiceNorms(
                        office.id(),
                        new ServiceNorms(
                                20,
                                10,
                                true,
                                List.of(
                                        new ServiceNorms.AreaNorm(office.area(0), 15, 30),
                                        new ServiceNorms.AreaNorm(office.area(1), null, null))));

        ServiceNorms read = head.offices().serviceNorms(office.id());
        assertThat(read.maxWaitingTickets()).isEqualTo(20);
        assertThat(read.idleCounterMinutes()).isEqualTo(10);
        assertThat(read.emailAlerts()).isTrue();
        assertThat(read.areas())
                .as("an area without a limit has no norm")
                .containsExactly(new ServiceNorms.AreaNorm(office.area(0), 15, 30));
    }

    @Test
    void admins_saving_the_same_norms_at_once_all_succeed_and_leave_one_set() throws Exception {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        ServiceNorms norms = withArea(office.area(0), 15);

        try (var savers = Executors.newFixedThreadPool(8)) {
            List<Future<ServiceNorms>> saved = savers.invokeAll(Collections.nCopies(
                    8, (Callable<ServiceNorms>) () -> admin.offices().setServiceNorms(office.id(), norms)));
            for (Future<ServiceNorms> answer : saved) {
                assertThat(answer.get().areas()).containsExactly(new ServiceNorms.AreaNorm(office.area(0), 15, null));
            }
        }
        assertThat(admin.offices().serviceNorms(office.id()).areas()).hasSize(1);
    }

    @Test
    void a_limit_that_is_not_positive_or_longer_than_a_working_day_is_refused_naming_the_field() {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);

        assertThatThrownBy(() -> admin.offices().setServiceNorms(office.id(), withArea(office.area(0), 0)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.fieldErrors())
                            .extracting(f -> f.get("field"))
                            .containsExactly("areas[0].maxWaitMinutes");
                });
        assertThatThrownBy(() -> admin.offices().setServiceNorms(office.id(), withArea(office.area(0), 481)))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(
                        () -> admin.offices().setServiceNorms(office.id(), new ServiceNorms(0, null, false, List.of())))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(f -> f.get("field"))
                                .containsExactly("maxWaitingTickets"));
        assertThatThrownBy(() -> admin.offices()
                        .setServiceNorms(office.id(), withArea(fixtures.office().area(0), 10)))
                .as("another office's area")
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(f -> f.get("field"))
                                .containsExactly("areas[0].areaId"));
    }

    @Test
    void the_refusal_of_a_bad_limit_is_problem_json_in_vietnamese_or_english_as_asked()
            throws IOException, InterruptedException {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        String body = "{\"idleCounterMinutes\":-5,\"emailAlerts\":false,\"areas\":[]}";

        HttpResponse<String> vietnamese = put(office.id(), admin, body, "vi");
        HttpResponse<String> english = put(office.id(), admin, body, "en");

        assertThat(vietnamese.statusCode()).isEqualTo(400);
        assertThat(vietnamese.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(vietnamese.body()).contains("idleCounterMinutes").contains("Phải là số phút nguyên từ 1 đến 480");
        assertThat(english.body()).contains("Must be whole minutes from 1 to 480");
    }

    @Test
    void only_an_admin_changes_the_norms_and_only_heads_and_admins_read_them_or_their_breaches()
            throws IOException, InterruptedException {
        var office = fixtures.office();
        MotcuaClient head = fixtures.staff(office.id(), Role.HEAD);
        MotcuaClient clerk = fixtures.staff(office.id(), Role.CLERK);
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        MotcuaClient otherAdmin = fixtures.staff(fixtures.office().id(), Role.ADMIN);

        assertStatus(() -> head.offices().setServiceNorms(office.id(), ServiceNorms.none()), 403);
        assertStatus(() -> otherAdmin.offices().setServiceNorms(office.id(), ServiceNorms.none()), 403);
        assertStatus(() -> clerk.offices().serviceNorms(office.id()), 403);
        assertStatus(() -> kiosk.offices().serviceNorms(office.id()), 403);
        assertStatus(() -> clerk.reports().normBreaches(office.id(), null, null), 403);
        assertStatus(() -> clerk.reports().openNormBreaches(office.id()), 403);
        assertStatus(() -> fixtures.client().offices().serviceNorms(office.id()), 401);
        assertThat(head.reports().openNormBreaches(office.id())).isEmpty();

        HttpResponse<String> refused = http.send(
                HttpRequest.newBuilder(fixtures.baseUrl().resolve("/api/v1/offices/" + office.id() + "/norm-breaches"))
                        .header("Authorization", "Bearer " + clerk.token().token())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        HttpResponse<String> anonymous = http.send(
                HttpRequest.newBuilder(fixtures.baseUrl().resolve("/api/v1/offices/" + office.id() + "/norms"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused_naming_the_field() {
        var office = fixtures.office();
        MotcuaClient head = fixtures.staff(office.id(), Role.HEAD);

        assertThatThrownBy(() -> head.reports()
                        .normBreaches(
                                office.id(), java.time.LocalDate.of(2026, 6, 2), java.time.LocalDate.of(2026, 6, 1)))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(f -> f.get("field"))
                                .containsExactly("to"));
    }

    private static ServiceNorms withArea(long area, int maxWait) {
        return new ServiceNorms(null, null, false, List.of(new ServiceNorms.AreaNorm(area, maxWait, null)));
    }

    private HttpResponse<String> put(long office, MotcuaClient admin, String body, String language)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(fixtures.baseUrl() + "/api/v1/offices/" + office + "/norms"))
                        .header("Authorization", "Bearer " + admin.token().token())
                        .header("Content-Type", "application/json")
                        .header("Accept-Language", language)
                        .PUT(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertStatus(Runnable call, int status) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(status));
    }
}
