package vn.motcua.server.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.ProcedureRequest;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.StaffUpdate;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;

/**
 * Input that no endpoint can use is a 400 naming the field, in Vietnamese or English, never a 500 (Argon2 on a
 * lone surrogate, date arithmetic on year 999999999) or a 503 that looks like an outage (PostgreSQL refusing NUL).
 */
@IntegrationTest
class BadInputTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    Fixtures fixtures;

    @Test
    void a_lone_surrogate_in_a_staff_password_is_400_naming_the_password() throws Exception {
        HttpResponse<String> response = send(
                "POST",
                "/api/v1/auth/staff",
                "{\"username\":\"someone\",\"password\":\"mat-khau-\\ud800-dai\"}",
                null,
                "vi");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("\"field\":\"password\"")
                .contains("\"code\":\"INVALID_FIELDS\"")
                .contains("có ký tự Unicode không hợp lệ.");
    }

    @Test
    void a_lone_surrogate_in_a_device_secret_is_400_naming_the_secret_in_english_when_asked() throws Exception {
        HttpResponse<String> response =
                send("POST", "/api/v1/auth/device", "{\"code\":\"KIOSK-1\",\"secret\":\"\\udc00abc\"}", null, "en");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"secret\"").contains("contains invalid Unicode");
    }

    @Test
    void a_month_with_a_nine_digit_year_on_the_public_late_list_is_400() throws Exception {
        var office = fixtures.office();

        HttpResponse<String> response =
                send("GET", "/cong-khai/" + office.id() + "/ho-so-tre-han?month=%2B999999999-12", null, null, "vi");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"month\"").contains("năm bốn chữ số");
    }

    @Test
    void a_month_with_a_nine_digit_year_on_the_heads_late_list_is_400() throws Exception {
        var office = fixtures.office();
        String token = fixtures.staff(office.id(), Role.HEAD).token().token();

        HttpResponse<String> response = send(
                "GET", "/api/v1/offices/" + office.id() + "/late-dossiers?month=%2B999999999-12", null, token, "en");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("dates need a four-digit year");
    }

    @Test
    void a_date_with_a_signed_year_in_a_ratings_range_is_400() throws Exception {
        var office = fixtures.office();
        String token = fixtures.staff(office.id(), Role.HEAD).token().token();

        HttpResponse<String> response = send(
                "GET",
                "/api/v1/offices/" + office.id() + "/ratings?from=-999999999-01-01&to=2026-12-31",
                null,
                token,
                "vi");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"from\"");
    }

    @Test
    void a_nul_character_in_a_search_query_is_400_not_store_unavailable() throws Exception {
        var office = fixtures.office();
        String token = fixtures.staff(office.id(), Role.CLERK).token().token();

        HttpResponse<String> response =
                send("GET", "/api/v1/offices/" + office.id() + "/procedures?q=h%E1%BB%99%00tich", null, token, "vi");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("\"field\":\"q\"")
                .contains("không được phép")
                .doesNotContain("STORE_UNAVAILABLE");
    }

    @Test
    void a_nul_character_in_a_name_to_store_is_400_naming_the_field() {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        long clerk = Long.parseLong(
                fixtures.staff(office.id(), Role.CLERK).token().subject().substring(6));

        assertThatThrownBy(() -> admin.staff()
                        .updateStaff(
                                office.id(), clerk, new StaffUpdate("Trần\u0000Thị Lan", Set.of(Role.CLERK), null)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.fieldErrors()).extracting(m -> m.get("field")).containsExactly("fullName");
                });
    }

    @Test
    void an_encoded_nul_in_the_path_is_400_as_problem_json_not_tomcats_html_page() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/offices/%00/snapshot", null, null, "vi");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"code\":\"MALFORMED_REQUEST\"").contains("ký tự không được phép");
    }

    @Test
    void a_control_character_in_a_path_variable_is_400_naming_the_variable() throws Exception {
        var office = fixtures.office();
        String token = fixtures.staff(office.id(), Role.CLERK).token().token();

        for (String code : List.of("HS%01-1", "HS-1%0B", "HS%7F", "HS%1B%5B2J")) {
            HttpResponse<String> response =
                    send("GET", "/api/v1/offices/" + office.id() + "/dossiers/" + code, null, token, "en");

            assertThat(response.statusCode()).as(code).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
            assertThat(response.body())
                    .as(code)
                    .contains("\"code\":\"INVALID_FIELDS\"")
                    .contains("\"field\":\"code\"");
        }
    }

    @Test
    void a_query_parameter_whose_bytes_are_not_utf8_is_400_as_problem_json_in_english_when_asked() throws Exception {
        var office = fixtures.office();
        String token = fixtures.staff(office.id(), Role.CLERK).token().token();

        HttpResponse<String> response =
                send("GET", "/api/v1/offices/" + office.id() + "/procedures?q=%ED%A0%80", null, token, "en");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"code\":\"MALFORMED_REQUEST\"").contains("cannot be read");
    }

    @Test
    void tabs_line_breaks_and_vietnamese_text_with_emoji_pass_untouched() {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        long clerk = Long.parseLong(
                fixtures.staff(office.id(), Role.CLERK).token().subject().substring(6));

        assertThat(admin.staff()
                        .updateStaff(office.id(), clerk, new StaffUpdate("Trần Thị Lan 🙂", Set.of(Role.CLERK), null))
                        .fullName())
                .isEqualTo("Trần Thị Lan 🙂");
    }

    @Test
    void a_name_typed_with_decomposed_diacritics_is_stored_composed_and_found_by_a_search_typed_either_way() {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        String composed = "Đăng ký khai tử";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);

        ProcedureView stored = admin.offices()
                .createProcedure(
                        office.id(),
                        new ProcedureRequest("NFC-01", decomposed, null, 3, List.of(decomposed), "", true));

        assertThat(stored.name()).isEqualTo(composed);
        assertThat(stored.requiredDocuments()).containsExactly(composed);
        assertThat(admin.offices().procedures(office.id(), "khai tử"))
                .extracting(ProcedureView::code)
                .containsExactly("NFC-01");
        assertThat(admin.offices().procedures(office.id(), Normalizer.normalize("khai tử", Normalizer.Form.NFD)))
                .extracting(ProcedureView::code)
                .containsExactly("NFC-01");
    }

    @Test
    void a_path_variable_typed_with_decomposed_diacritics_reaches_the_handler_composed() throws Exception {
        var office = fixtures.office();
        String token = fixtures.staff(office.id(), Role.CLERK).token().token();
        // "HỒ-1" with the circumflex and the grave accent as combining marks, percent-encoded in UTF-8
        String decomposed = "HO%CC%82%CC%80-1";

        HttpResponse<String> response =
                send("GET", "/api/v1/offices/" + office.id() + "/dossiers/" + decomposed, null, token, "vi");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("HỒ-1");
    }

    private HttpResponse<String> send(String method, String path, String json, String token, String language)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fixtures.baseUrl() + path))
                .header("Accept-Language", language)
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
