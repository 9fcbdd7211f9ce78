package vn.motcua.kiosk.push;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class UncompressedWebSocketsTest {

    private final UncompressedWebSockets filter = new UncompressedWebSockets();

    @Test
    void a_websocket_upgrade_reaches_the_handshake_without_the_compression_offer_and_with_everything_else()
            throws Exception {
        MockHttpServletRequest upgrade = new MockHttpServletRequest("GET", "/VAADIN/push");
        upgrade.addHeader("Upgrade", "websocket");
        upgrade.addHeader("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==");
        upgrade.addHeader("Sec-WebSocket-Extensions", "permessage-deflate; client_max_window_bits");
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(upgrade, new MockHttpServletResponse(), chain);

        HttpServletRequest seen = (HttpServletRequest) chain.getRequest();
        assertThat(seen.getHeader("Sec-WebSocket-Extensions")).isNull();
        assertThat(seen.getHeader("sec-websocket-extensions")).isNull();
        assertThat(Collections.list(seen.getHeaders("Sec-WebSocket-Extensions")))
                .isEmpty();
        assertThat(Collections.list(seen.getHeaderNames())).containsExactlyInAnyOrder("Upgrade", "Sec-WebSocket-Key");
        assertThat(seen.getHeader("Sec-WebSocket-Key")).isEqualTo("dGhlIHNhbXBsZSBub25jZQ==");
    }

    @Test
    void an_ordinary_request_passes_untouched() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/display");
        request.addHeader("Sec-WebSocket-Extensions", "permessage-deflate");
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isSameAs(request);
    }
}
