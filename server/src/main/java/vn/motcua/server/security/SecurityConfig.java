package vn.motcua.server.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.web.SecurityFilterChain;

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
            scrapers.createUser(User.withUsername("prometheus").password(passwords.encode(properties.metricsPassword()))
                    .roles("METRICS").build());
        }
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(scrapers);
        provider.setPasswordEncoder(passwords);
        return http
                .securityMatcher("/actuator/prometheus")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("METRICS"))
                .httpBasic(basic -> { })
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/**").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        // the STOMP CONNECT frame carries the token; see live.StompAuthentication
                        .requestMatchers("/ws/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        // the public ticket page a citizen opens from the slip's QR code
                        .requestMatchers(HttpMethod.GET, "/t/**", "/d/**", "/api/v1/public/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/cong-khai/**").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> { })
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    @Bean
    SecretKey tokenKey(SecurityProperties properties) {
        byte[] secret = properties.tokenSecret().getBytes(StandardCharsets.UTF_8);
        // an empty one never gets here: the start is refused first (embedded.RequiredSettings)
        if (secret.length < 32) {
            throw new IllegalStateException("MOTCUA_TOKEN_SECRET (motcua.security.token-secret) must be at least 32 bytes");
        }
        return new SecretKeySpec(secret, "HmacSHA256");
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey tokenKey) {
        return NimbusJwtEncoder.withSecretKey(tokenKey).algorithm(MacAlgorithm.HS256).build();
    }

    @Bean
    JwtDecoder jwtDecoder(SecretKey tokenKey, Revocations revocations, Clock clock) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(tokenKey).macAlgorithm(MacAlgorithm.HS256).build();
        // expiry is judged by the same clock that stamped the token
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        timestamps.setClock(clock);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps, revocations));
        return decoder;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }
}
