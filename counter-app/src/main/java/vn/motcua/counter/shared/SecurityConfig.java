package vn.motcua.counter.shared;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;
import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security with Vaadin's integration: each view says who may open it ({@code @RolesAllowed},
 * {@code @PermitAll}, {@code @AnonymousAllowed}), anyone else is sent to sign in; CSRF, logout and the saved
 * request are Vaadin's configuration. Staff are signed in by the server (see {@link ServerAuthentication}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain counterSecurity(HttpSecurity http) {
        http.headers(SecurityHeaders::configure);
        // the app's own stylesheets load with the first page, the sign-in page, before anyone has signed in, and
        // Vaadin navigates on from there without loading them again: refused then, the app stays unstyled
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers(pathPattern("/styles/**")).permitAll());
        http.with(vaadin(), vaadin -> vaadin.loginView("/" + Routes.SIGN_IN));
        return http.build();
    }

    /** The app's only way to sign in; being a bean, it also keeps Spring Boot from making up a default user. */
    @Bean
    AuthenticationProvider serverAuthentication() {
        return new ServerAuthentication();
    }
}
