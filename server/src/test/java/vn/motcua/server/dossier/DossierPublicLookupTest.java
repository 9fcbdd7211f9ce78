package vn.motcua.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.DossierPublicView;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.DossierView;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;

/** The citizen here is nobody signed in: what it sees is what the link alone gives. */
@IntegrationTest
class DossierPublicLookupTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LookupTokens tokens;

    DossierTestKit office;
    DossierView dossier;
    MotcuaClient citizen;

    @BeforeEach
    void setUp() {
        office = new DossierTestKit(fixtures, jdbc);
        dossier = office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(office.procedure(3)));
        citizen = fixtures.client();
    }

    @Test
    void the_link_shows_status_due_date_and_next_step_with_the_name_masked() {
        DossierPublicView seen = citizen.dossiers().publicDossier(dossier.code(), tokens.token(dossier.code()));

        assertThat(seen.applicant()).isEqualTo("Nguyễn T. H.");
        assertThat(seen.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(seen.statusLabel()).isEqualTo("Đã tiếp nhận");
        assertThat(seen.dueAt()).isEqualTo(dossier.dueAt());
        assertThat(seen.nextStep()).isNotBlank();
    }

    @Test
    void the_page_never_shows_the_id_number_address_or_phone() throws Exception {
        HttpResponse<String> page =
                get(dossier.lookupUrl().substring(dossier.lookupUrl().indexOf("/d/")));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(dossier.code())
                .contains("Nguyễn T. H.")
                .contains("Đã tiếp nhận")
                .doesNotContain("Nguyễn Thị Hoa")
                .doesNotContain(DossierTestKit.APPLICANT.idNumber())
                .doesNotContain("Hùng Vương")
                .doesNotContain(DossierTestKit.APPLICANT.phone());
    }

    @Test
    void the_page_speaks_english_on_request_and_links_back_to_vietnamese() throws Exception {
        String path = dossier.lookupUrl().substring(dossier.lookupUrl().indexOf("/d/"));

        HttpResponse<String> english = get(path + "&lang=en");

        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body())
                .contains(
                        "<html lang=en>",
                        "Dossier status",
                        "Received",
                        "The dossier is being processed",
                        "Applicant: Nguyễn T. H.",
                        ">Tiếng Việt</a>")
                .doesNotContain("Hẹn trả kết quả");
        HttpResponse<String> vietnamese = get(path);
        assertThat(vietnamese.body()).contains("<html lang=vi>", "Tra cứu hồ sơ", "Đã tiếp nhận", ">English</a>");
        assertThat(vietnamese.body())
                .contains("/cong-khai/" + office.id() + "/phan-anh?about=" + dossier.code() + "&amp;lang=vi'>"
                        + "Phản ánh, kiến nghị về hồ sơ này</a>");
        assertThat(english.body())
                .contains("phan-anh?about=" + dossier.code() + "&amp;lang=en'>Feedback or a complaint");
    }

    @Test
    void a_wrong_token_gets_the_same_not_found_as_an_unknown_code() throws Exception {
        String unknown = office.agencyCode + "-200101-0001";
        ApiException wrongToken = catchApi(() -> citizen.dossiers().publicDossier(dossier.code(), "AAAAAAAAAAAAAAAA"));
        ApiException noToken = catchApi(() -> citizen.dossiers().publicDossier(dossier.code(), ""));
        ApiException unknownCode = catchApi(() -> citizen.dossiers().publicDossier(unknown, "AAAAAAAAAAAAAAAA"));

        assertThat(wrongToken.status()).isEqualTo(404);
        assertThat(noToken.status()).isEqualTo(404);
        assertThat(unknownCode.status()).isEqualTo(404);
        assertThat(wrongToken.getMessage().replace(dossier.code(), "X"))
                .isEqualTo(unknownCode.getMessage().replace(unknown, "X"));
        HttpResponse<String> page = get("/d/" + dossier.code() + "?k=AAAAAAAAAAAAAAAA");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("Nguyễn").doesNotContain("Đã tiếp nhận");
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(fixtures.baseUrl() + path)).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static ApiException catchApi(Runnable call) {
        try {
            call.run();
        } catch (ApiException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }
}
