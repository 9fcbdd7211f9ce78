package vn.motcua.server.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param tokenSecret HMAC key for the tokens, at least 32 bytes; every server instance of one
 *                    installation must share it; required (the embedded demo keeps one under ./data).
 * @param metricsPassword the password of the Prometheus scraper (user {@code prometheus}) for
 *                        /actuator/prometheus; empty = nobody may read the metrics
 */
@ConfigurationProperties("motcua.security")
record SecurityProperties(
        @DefaultValue("") String tokenSecret,
        @DefaultValue("") String metricsPassword,
        @DefaultValue("12h") Duration staffTokenLifetime,
        @DefaultValue("30d") Duration deviceTokenLifetime) {}
