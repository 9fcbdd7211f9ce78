package vn.motcua.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one set-up of every integration test: the whole server on a random port against real Redis and
 * PostgreSQL ({@link TestStores}), a clock the test can move ({@link TestClock}) and {@link Fixtures} to make
 * offices and sign in. Each test makes its own office, so tests share the stores without seeing each other.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "motcua.security.token-secret=integration-tests-secret-0123456789abcdef",
            "motcua.security.metrics-password=" + IntegrationTest.METRICS_PASSWORD,
            "motcua.queue.watchdog-interval=1s",
            // the tests run the monthly job themselves at the moments they pin; a real 06:00 must not run it meanwhile
            "motcua.monthly-report.cron=-",
            // the tests' webhook receivers listen on loopback
            "motcua.integration.webhook-allowed-hosts=127.0.0.1",
            // as every deploy file sets it: the client address comes from nginx's X-Forwarded-For
            "server.forward-headers-strategy=native",
            // the tests mark no-shows and claim reminders themselves at the moments they pin
            "motcua.appointment.job-interval=1d"
        })
@ContextConfiguration(initializers = TestStoresInitializer.class)
@Import({TestClock.class, Fixtures.class})
public @interface IntegrationTest {

    /** The Prometheus scraper's password in every integration test. */
    String METRICS_PASSWORD = "integration-tests-metrics";
}
