package vn.motcua.kiosk.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Headers that keep the kiosk's screens from being framed by another site, sniffed or made to load scripts from
 * elsewhere. A kiosk runs unattended in a public hall, so a page that could be made to talk to another host
 * (a planted link, an injected text) is worth closing even on the office's own network.
 *
 * <p>Vaadin runs the server's {@code executeJs} through {@code new Function} and boots with inline scripts, so
 * the policy allows both; what it still refuses is every other origin, plugins, and forms or base URLs
 * pointing away. The slip is a same-origin PDF printed from a hidden frame: frames of the kiosk's own origin are
 * allowed, and the PDF itself (Vaadin's dynamic resources) gets no policy, because Chromium's PDF viewer does not
 * open a document whose own policy refuses plugins.
 */
@Configuration(proxyBeanMethods = false)
class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' data: blob:; "
            + "font-src 'self' data:; connect-src 'self'; frame-src 'self'; frame-ancestors 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'";
    /** The camera reads a receipt's QR code on the kiosk; nothing else needs a device. */
    static final String PERMISSIONS = "camera=(self), microphone=(), geolocation=(), payment=(), usb=()";

    private static final String DYNAMIC_RESOURCES = "/VAADIN/dynamic/";
    private static final String ONE_YEAR = "max-age=31536000";

    @Bean
    FilterRegistrationBean<HttpFilter> securityHeadersFilter() {
        FilterRegistrationBean<HttpFilter> registration = new FilterRegistrationBean<>(new Filter());
        registration.addUrlPatterns("/*");
        registration.setAsyncSupported(true);
        return registration;
    }

    static final class Filter extends HttpFilter {

        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
            // a paired screen's address carries no secret, but nothing about the hall should leave with a link
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("Permissions-Policy", PERMISSIONS);
            // isSecure is true behind the proxy too, with the forwarded-headers setting of the deploy files
            if (request.isSecure()) {
                response.setHeader("Strict-Transport-Security", ONE_YEAR);
            }
            if (!request.getRequestURI().startsWith(request.getContextPath() + DYNAMIC_RESOURCES)) {
                response.setHeader("Content-Security-Policy", POLICY);
            }
            chain.doFilter(request, response);
        }
    }
}
