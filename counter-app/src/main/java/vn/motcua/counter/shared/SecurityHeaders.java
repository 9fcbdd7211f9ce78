package vn.motcua.counter.shared;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import java.util.List;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * Headers that keep the console from being framed (a clerk tricked into clicking "call" or "finish" through
 * another page), sniffed, or made to load scripts or send data elsewhere, and HSTS once it is served over https.
 * Written by Spring Security's header filter (see SecurityConfig), on every response of the app.
 *
 * <p>Vaadin runs the server's {@code executeJs} through {@code new Function} and boots with inline scripts, so
 * the policy allows both; what it still refuses is every other origin, plugins, frames and forms or base URLs
 * pointing away. Printed forms are PDFs from Vaadin's dynamic resources, opened in a tab of their own: they get no
 * policy, because Chromium's PDF viewer does not open a document whose own policy refuses plugins.
 */
final class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; frame-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private static final String DYNAMIC_RESOURCES = "/VAADIN/dynamic/**";
    private static final long ONE_YEAR = 31_536_000;

    private SecurityHeaders() {}

    /** Spring Security's own set replaced by this one, keeping its no-cache for the signed-in pages. */
    static void configure(HeadersConfigurer<HttpSecurity> headers) {
        headers.defaultsDisabled().cacheControl(Customizer.withDefaults());
        writers().forEach(headers::addHeaderWriter);
    }

    static List<HeaderWriter> writers() {
        return List.of(
                new XContentTypeOptionsHeaderWriter(),
                new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
                // a dossier's receipt link holds its token: it must not leave in a Referer
                new ReferrerPolicyHeaderWriter(ReferrerPolicy.NO_REFERRER),
                new StaticHeadersWriter("Permissions-Policy", PERMISSIONS),
                // only on secure requests, which with the forwarded-headers setting of the deploy files includes
                // those that came to the proxy over https; subdomains may be other offices' sites, not ours
                new HstsHeaderWriter(ONE_YEAR, false),
                new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(pathPattern(DYNAMIC_RESOURCES)),
                        new StaticHeadersWriter("Content-Security-Policy", POLICY)));
    }
}
