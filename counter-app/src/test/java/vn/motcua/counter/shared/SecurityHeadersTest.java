package vn.motcua.counter.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.header.HeaderWriterFilter;

class SecurityHeadersTest {

    /** Spring Security's header filter with the app's writers, as SecurityConfig sets it up. */
    private final HeaderWriterFilter filter = new HeaderWriterFilter(SecurityHeaders.writers());

    @Test
    void the_console_cannot_be_framed_and_loads_nothing_from_elsewhere() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(new MockHttpServletRequest("GET", "/console"), response, new MockFilterChain());

        assertThat(response.getHeader("Content-Security-Policy"))
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "connect-src 'self'");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.getHeader("Permissions-Policy")).contains("camera=()");
        assertThat(response.getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void over_https_the_browser_is_told_to_keep_to_https() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/console");
        request.setSecure(true);
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, new MockFilterChain());

        assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000");
    }

    @Test
    void a_printed_form_gets_no_policy_so_that_the_pdf_viewer_opens_it() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(
                new MockHttpServletRequest("GET", "/VAADIN/dynamic/resource/1/abc/receipt.pdf"),
                response,
                new MockFilterChain());

        assertThat(response.getHeader("Content-Security-Policy")).isNull();
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
    }
}
