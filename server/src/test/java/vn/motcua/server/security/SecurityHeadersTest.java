package vn.motcua.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;

/** Every answer carries the browser protections; HSTS only where the proxy says the request came over https. */
@IntegrationTest
class SecurityHeadersTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    Fixtures fixtures;

    @Test
    void a_public_page_runs_only_the_servers_own_scripts_and_forbids_frames_referrers_and_sniffing() throws Exception {
        var office = fixtures.office();
        HttpHeaders headers = get("/cong-khai/" + office.id() + "/ho-so-tre-han?month=2026-06", false);

        assertThat(headers.firstValue("Content-Security-Policy")).hasValue(SecurityConfig.PAGE_POLICY);
        assertThat(SecurityConfig.PAGE_POLICY)
                .contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-eval")
                .doesNotContainPattern("script-src[^;]*unsafe-inline");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void behind_an_https_proxy_the_answer_also_asks_for_https_from_now_on() throws Exception {
        HttpHeaders headers = get("/actuator/health", true);

        assertThat(headers.firstValue("Strict-Transport-Security")).hasValue("max-age=31536000 ; includeSubDomains");
    }

    @Test
    void the_api_docs_may_load_their_own_scripts_but_nothing_from_elsewhere() throws Exception {
        HttpHeaders headers = get("/swagger-ui/index.html", false);

        assertThat(headers.firstValue("Content-Security-Policy")).hasValue(SecurityConfig.API_DOCS_POLICY);
    }

    private HttpHeaders get(String path, boolean https) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(fixtures.baseUrl() + path)).GET();
        if (https) {
            request.header("X-Forwarded-Proto", "https");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .headers();
    }
}
