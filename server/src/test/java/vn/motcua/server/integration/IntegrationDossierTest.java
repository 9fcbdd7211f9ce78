package vn.motcua.server.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.DossierHistoryEntry;
import vn.motcua.client.api.DossierRequest;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.DossierStatusChange;
import vn.motcua.client.api.DossierView;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;

@IntegrationTest
class IntegrationDossierTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    IntegrationOffice office;

    @BeforeEach
    void setUp() {
        office = new IntegrationOffice(fixtures, jdbc);
    }

    @Test
    void a_retry_with_the_same_key_and_body_registers_one_dossier_and_gets_the_same_answer() {
        DossierRequest request = office.dossier("Nguyễn Thị Hoa");

        DossierView first = office.admin.integration().registerDossierIdempotently(office.id, "reg-1", request);
        DossierView retry = office.admin.integration().registerDossierIdempotently(office.id, "reg-1", request);

        assertThat(retry).isEqualTo(first);
        assertThat(dossierCount()).isEqualTo(1);
        assertThat(first.status()).isEqualTo(DossierStatus.RECEIVED);
    }

    @Test
    void the_replayed_answer_has_the_first_status_code_and_says_it_is_a_replay() throws Exception {
        String body = json.writeValueAsString(office.dossier("Trần Văn Nam"));

        HttpResponse<String> first = post("/dossiers", "reg-raw", body);
        HttpResponse<String> retry = post("/dossiers", "reg-raw", body);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(first.headers().firstValue("Idempotent-Replayed")).hasValue("false");
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    }

    @Test
    void concurrent_requests_with_one_key_register_one_dossier() throws Exception {
        DossierRequest request = office.dossier("Lê Thị Mai");
        List<Callable<DossierView>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> office.admin.integration().registerDossierIdempotently(office.id, "reg-race", request));
        }

        List<DossierView> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<DossierView> answer : pool.invokeAll(calls)) {
                answers.add(answer.get());
            }
        }

        assertThat(answers).allSatisfy(a -> assertThat(a).isEqualTo(answers.get(0)));
        assertThat(dossierCount()).isEqualTo(1);
    }

    @Test
    void the_same_key_with_another_body_is_refused_with_409() {
        office.admin.integration().registerDossierIdempotently(office.id, "reg-2", office.dossier("Nguyễn Thị Hoa"));

        assertThatThrownBy(() -> office.admin
                        .integration()
                        .registerDossierIdempotently(office.id, "reg-2", office.dossier("Phạm Văn Đức")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
                });
        assertThat(dossierCount()).isEqualTo(1);
    }

    @Test
    void a_request_without_a_usable_idempotency_key_is_refused_with_400_naming_the_header() throws Exception {
        String body = json.writeValueAsString(office.dossier("Nguyễn Thị Hoa"));

        for (String key : new String[] {null, "  ", "k".repeat(201)}) {
            HttpResponse<String> answer = post("/dossiers", key, body);
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("Idempotency-Key");
        }
        assertThat(dossierCount()).isZero();
    }

    @Test
    void only_an_admin_of_the_office_may_call_the_integration_api() {
        for (var caller : List.of(
                office.clerk, fixtures.staff(office.id, Role.HEAD), new IntegrationOffice(fixtures, jdbc).admin)) {
            assertThatThrownBy(() -> caller.integration()
                            .registerDossierIdempotently(office.id, "reg-3", office.dossier("Nguyễn Thị Hoa")))
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        }
        assertThat(dossierCount()).isZero();
    }

    @Test
    void a_status_change_retried_with_its_key_is_recorded_once() {
        String code = office.admin
                .integration()
                .registerDossierIdempotently(office.id, "reg-4", office.dossier("Hoa"))
                .code();
        DossierStatusChange change = new DossierStatusChange(DossierStatus.PROCESSING, "Chuyển phòng Tư pháp");

        DossierView first = office.admin.integration().changeDossierStatusIdempotently(office.id, code, "st-1", change);
        DossierView retry = office.admin.integration().changeDossierStatusIdempotently(office.id, code, "st-1", change);

        assertThat(retry).isEqualTo(first);
        assertThat(office.clerk.dossiers().dossier(office.id, code).history())
                .extracting(DossierHistoryEntry::status)
                .containsExactly(DossierStatus.RECEIVED, DossierStatus.PROCESSING);
    }

    @Test
    void a_key_used_for_a_registration_cannot_be_used_for_a_status_change() {
        String code = office.admin
                .integration()
                .registerDossierIdempotently(office.id, "reg-5", office.dossier("Hoa"))
                .code();

        assertThatThrownBy(() -> office.admin
                        .integration()
                        .changeDossierStatusIdempotently(
                                office.id, code, "reg-5", new DossierStatusChange(DossierStatus.PROCESSING, "")))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void a_refused_request_does_not_use_up_its_key() {
        String code = office.admin
                .integration()
                .registerDossierIdempotently(office.id, "reg-6", office.dossier("Hoa"))
                .code();

        assertThatThrownBy(() -> office.admin
                        .integration()
                        .changeDossierStatusIdempotently(
                                office.id, code, "st-2", new DossierStatusChange(DossierStatus.RETURNED, "")))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("DOSSIER_TRANSITION_NOT_ALLOWED"));
        DossierView moved = office.admin
                .integration()
                .changeDossierStatusIdempotently(
                        office.id, code, "st-2", new DossierStatusChange(DossierStatus.RESOLVED, ""));

        assertThat(moved.status()).isEqualTo(DossierStatus.RESOLVED);
    }

    private long dossierCount() {
        return jdbc.sql("select count(*) from dossier where office_id = ?")
                .param(office.id)
                .query(Long.class)
                .single();
    }

    private HttpResponse<String> post(String path, String key, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(fixtures.baseUrl() + "/api/v1/integration/offices/" + office.id + path))
                .header("Authorization", "Bearer " + office.admin.token().token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
