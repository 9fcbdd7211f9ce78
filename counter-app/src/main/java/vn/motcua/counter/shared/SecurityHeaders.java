package vn.motcua.counter.shared;

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
 * Headers that keep the console from being framed (a clerk tricked into clicking "call" or "finish" through
 * another page), sniffed, or made to load scripts or send data elsewhere, and HSTS once it is served over https.
 *
 * <p>Vaadin runs the server's {@code executeJs} through {@code new Function} and boots with inline scripts, so
 * the policy allows both; what it still refuses is every other origin, plugins, frames and forms or base URLs
 * pointing away. Printed forms are PDFs from Vaadin's dynamic resources, opened in a tab of their own: they get no
 * policy, because Chromium's PDF viewer does not open a document whose own policy refuses plugins.
 */
@Configuration(proxyBeanMethods = false)
class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; frame-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

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
            response.setHeader("X-Frame-Options", "DENY");
            // a dossier's receipt link holds its token: it must not leave in a Referer
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
