package vn.motcua.kiosk.push;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Declines the browser's offer of permessage-deflate on WebSocket upgrades by hiding it from Tomcat's handshake
 * (RFC 7692 lets a server decline by not answering the offer). Each compressed socket keeps a zlib deflater
 * (about 256 KiB outside the heap) and about 24 KiB of buffers for as long as the board is open, to shrink
 * messages of a few hundred bytes on the office's own network.
 */
class UncompressedWebSockets extends HttpFilter {

    static final String EXTENSIONS = "Sec-WebSocket-Extensions";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("websocket".equalsIgnoreCase(request.getHeader("Upgrade")) && request.getHeader(EXTENSIONS) != null) {
            chain.doFilter(new WithoutExtensions(request), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static final class WithoutExtensions extends HttpServletRequestWrapper {

        WithoutExtensions(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return EXTENSIONS.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return EXTENSIONS.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames());
            names.removeIf(EXTENSIONS::equalsIgnoreCase);
            return Collections.enumeration(names);
        }
    }
}
