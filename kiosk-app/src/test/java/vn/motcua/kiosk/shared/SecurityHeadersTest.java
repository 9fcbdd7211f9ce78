package vn.motcua.kiosk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SecurityHeadersTest {

    private final SecurityHeaders.Filter filter = new SecurityHeaders.Filter();

    @Test
    void a_screen_may_be_framed_only_by_the_kiosk_itself_and_loads_nothing_from_elsewhere() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(new MockHttpServletRequest("GET", "/display"), response, new MockFilterChain());

        assertThat(response.getHeader("Content-Security-Policy"))
                .contains("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'", "connect-src 'self'");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.getHeader("Permissions-Policy")).contains("camera=(self)", "microphone=()");
    }

    @Test
    void the_printed_slip_gets_no_policy_so_that_the_pdf_viewer_opens_it() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(
                new MockHttpServletRequest("GET", "/VAADIN/dynamic/resource/0/abc/slip.pdf"),
                response,
                new MockFilterChain());

        assertThat(response.getHeader("Content-Security-Policy")).isNull();
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
