package vn.motcua.server.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfig {

    /**
     * Prometheus metrics tell an outsider the load, the versions and the error rates: only a scraper with the
     * metrics password (HTTP Basic, user {@code prometheus}, role METRICS) gets them. Without a password set
     * nobody does. A chain of its own so that Basic authentication exists nowhere else.
     */
    @Bean
    @Order(1)
    SecurityFilterChain metrics(HttpSecurity http, SecurityProperties properties, PasswordEncoder passwords)
            throws Exception {
        InMemoryUserDetailsManager scrapers = new InMemoryUserDetailsManager();
        if (!properties.metricsPassword().isBlank()) {
            scrapers.createUser(User.withUsername("prometheus")
                    .password(passwords.encode(properties.metricsPassword()))
                    .roles("METRICS")
                    .build());
        }
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(scrapers);
        provider.setPasswordEncoder(passwords);
        return http.securityMatcher("/actuator/prometheus")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("METRICS"))
                .httpBasic(basic -> {})
                .build();
    }

    /**
     * The server's own pages (ticket, receipt, late list) use inline styles; the ticket page follows its queue with
     * a script of the server's own, which asks the server for its position. Nothing inline runs, no frame, no form.
     */
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; connect-src 'self'; "
            + "style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'none'";
    /** The public feedback and booking pages post their forms to themselves, and nothing else. */
    static final String FORM_PAGE_POLICY = PAGE_POLICY.replace("form-action 'none'", "form-action 'self'");
    /** Swagger UI loads its own scripts and styles and calls the API. */
    static final String API_DOCS_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems) throws Exception {
        RequestMatcher apiDocs = new OrRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"));
        RequestMatcher feedbackForm = new OrRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher("/cong-khai/*/phan-anh"),
                // the booking page's forms (choose a day, book, cancel) post or get to itself
                PathPatternRequestMatcher.withDefaults().matcher("/cong-khai/*/dat-lich/**"),
                // the phone ticket page's forms (send the code, take the ticket) post to itself
                PathPatternRequestMatcher.withDefaults().matcher("/cong-khai/*/lay-so/**"));
        return http
                // besides Spring Security's defaults (nosniff, X-Frame-Options DENY, no-cache, and HSTS on https,
                // which the forwarded-headers setting makes known behind the proxy)
                .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .httpStrictTransportSecurity(hsts ->
                                hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds()))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                apiDocs, new ContentSecurityPolicyHeaderWriter(API_DOCS_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                feedbackForm, new ContentSecurityPolicyHeaderWriter(FORM_PAGE_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(new OrRequestMatcher(apiDocs, feedbackForm)),
                                new ContentSecurityPolicyHeaderWriter(PAGE_POLICY))))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, "/api/v1/auth/**")
                        .permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        // the STOMP CONNECT frame carries the token; see live.StompAuthentication
                        .requestMatchers("/ws/**")
                        .permitAll()
                        .requestMatchers("/error")
                        .permitAll()
                        // the public ticket page a citizen opens from the slip's QR code
                        .requestMatchers(HttpMethod.GET, "/t/**", "/d/**", "/api/v1/public/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/cong-khai/**")
                        .permitAll()
                        // feedback without sign-in, bounded per address (feedback.FilingThrottle)
                        .requestMatchers(HttpMethod.POST, "/api/v1/public/offices/*/feedback", "/cong-khai/*/phan-anh")
                        .permitAll()
                        // booking without sign-in, bounded per address and phone number (appointment.BookingThrottle)
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/public/offices/*/appointments",
                                "/api/v1/public/offices/*/appointments/*/cancel",
                                "/cong-khai/*/dat-lich",
                                "/cong-khai/*/dat-lich/*/huy")
                        .permitAll()
                        // tickets from the phone without sign-in, bounded per address, number and day
                        // (phone.PhoneTickets)
                        .requestMatchers(HttpMethod.POST, "/cong-khai/*/lay-so", "/cong-khai/*/lay-so/xac-nhan")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(rs ->
                        rs.jwt(jwt -> {}).authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    /**
     * No observation of Spring Security's filters, authentications and authorizations. Turning them off by
     * property ({@code management.observations.enable.spring.security}) still wrapped each of the chain's filters
     * in an observation decorator that made and dropped a no-op observation per filter per request (3.6 % of the
     * server's samples in the profile, docs/performance.md); with these settings the chain is not decorated at all.
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecretKey tokenKey(SecurityProperties properties) {
        byte[] secret = properties.tokenSecret().getBytes(StandardCharsets.UTF_8);
        // an empty one never gets here: the start is refused first (embedded.RequiredSettings)
        if (secret.length < 32) {
            throw new IllegalStateException(
                    "MOTCUA_TOKEN_SECRET (motcua.security.token-secret) must be at least 32 bytes");
        }
        return new SecretKeySpec(secret, "HmacSHA256");
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey tokenKey) {
        return NimbusJwtEncoder.withSecretKey(tokenKey)
                .algorithm(MacAlgorithm.HS256)
                .build();
    }

    @Bean
    JwtDecoder jwtDecoder(SecretKey tokenKey, Revocations revocations, Clock clock) {
        NimbusJwtDecoder signatureOnly = NimbusJwtDecoder.withSecretKey(tokenKey)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        // our issuer is a name, not a URL: the default claim converter tried to make a URL of it on every request
        // and fell back to the string after an exception (one per request in the JFR profile)
        signatureOnly.setClaimSetConverter(
                MappedJwtClaimSetConverter.withDefaults(Map.of(JwtClaimNames.ISS, iss -> iss)));
        // the claims are judged on every use by VerifiedTokens, not once with the signature
        signatureOnly.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        // expiry is judged by the same clock that stamped the token
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        timestamps.setClock(clock);
        // the timestamp validator lets a token without exp live for ever: require one, and our issuer
        JwtClaimValidator<Instant> expires = new JwtClaimValidator<>(JwtClaimNames.EXP, Objects::nonNull);
        return new VerifiedTokens(
                signatureOnly,
                new DelegatingOAuth2TokenValidator<>(
                        timestamps, expires, new JwtIssuerValidator(Tokens.ISSUER), revocations),
                clock);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                "argon2",
                Map.of(
                        "argon2",
                        Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                        "bcrypt",
                        new BCryptPasswordEncoder()));
    }
}
