package vn.motcua.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;

/**
 * Sign-in failures are counted per account and per client address in Redis, so every server instance sees them;
 * past the free ones the caller waits, told how long by 429 and Retry-After. Each test signs in from an address
 * of its own (X-Forwarded-For, as nginx sets it).
 */
@IntegrationTest
class SignInThrottleTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignInThrottle throttle;

    @Test
    void after_five_wrong_passwords_the_account_waits_with_429_and_retry_after_even_with_the_right_one()
            throws Exception {
        String username = newStaffUsername();
        String address = address();
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ACCOUNT; i++) {
            assertThat(staff(username, "wrong-password-" + i, address, "vi").statusCode())
                    .isEqualTo(401);
        }

        HttpResponse<String> refused = staff(username, Fixtures.PASSWORD, address(), "vi");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(refused.body())
                .contains("\"code\":\"TOO_MANY_SIGN_IN_ATTEMPTS\"")
                .contains("Quá nhiều lần đăng nhập sai. Vui lòng thử lại sau 1 giây.");
    }

    @Test
    void each_further_failure_doubles_the_wait_and_the_right_password_works_once_it_is_over() throws Exception {
        String username = newStaffUsername();
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ACCOUNT; i++) {
            staff(username, "wrong-password-" + i, address(), "vi");
        }
        awaitAccountUnlocked(username);
        assertThat(staff(username, "wrong-again", address(), "vi").statusCode()).isEqualTo(401);

        HttpResponse<String> refused = staff(username, Fixtures.PASSWORD, address(), "en");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(refused.body()).contains("Too many failed sign-ins. Please try again in 2 seconds.");

        awaitAccountUnlocked(username);
        assertThat(staff(username, Fixtures.PASSWORD, address(), "vi").statusCode())
                .isEqualTo(200);
    }

    @Test
    void one_address_guessing_many_accounts_is_throttled_though_each_account_failed_once() throws Exception {
        String address = address();
        // made first: the last failure locks the address for only 1 s, less than making an account may take
        String username = newStaffUsername();
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            assertThat(staff("nobody-" + UUID.randomUUID(), "guess", address, "vi")
                            .statusCode())
                    .isEqualTo(401);
        }

        assertThat(staff(username, Fixtures.PASSWORD, address, "vi").statusCode())
                .isEqualTo(429);
        assertThat(staff(newStaffUsername(), Fixtures.PASSWORD, address(), "vi").statusCode())
                .isEqualTo(200);
    }

    @Test
    void clerks_signing_in_through_one_app_are_throttled_each_by_the_address_the_app_names_for_them() {
        String guesser = address();
        String username = newStaffUsername();
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            assertThatThrownBy(() ->
                            fixtures.client().actingFor(guesser).signInStaff("nobody-" + UUID.randomUUID(), "guess"))
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
        }

        assertThatThrownBy(() -> fixtures.client().actingFor(guesser).signInStaff(username, Fixtures.PASSWORD))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(429));
        assertThat(fixtures.client().actingFor(address()).signInStaff(username, Fixtures.PASSWORD))
                .as("the next clerk at the same app")
                .isNotNull();
    }

    @Test
    void a_device_code_is_throttled_like_an_account() throws Exception {
        var office = fixtures.office();
        String code = fixtures.device(office.id(), Role.KIOSK, null).token().displayName();
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ACCOUNT; i++) {
            assertThat(device(code, "wrong-secret", address()).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> refused = device(code, Fixtures.PASSWORD, address());
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    }

    private String newStaffUsername() {
        var office = fixtures.office();
        String subject = fixtures.staff(office.id(), Role.CLERK).token().subject();
        return jdbc.sql("select username from staff where id = ?")
                .param(Long.parseLong(subject.substring("staff:".length())))
                .query(String.class)
                .single();
    }

    /** A documentation address (RFC 5737) of its own for each call site. */
    private static String address() {
        int n = (int) (Math.abs(UUID.randomUUID().getLeastSignificantBits()) % 65000);
        return "198.51." + (n / 256) + "." + (n % 256);
    }

    private HttpResponse<String> staff(String username, String password, String address, String language)
            throws Exception {
        return post(
                "/api/v1/auth/staff",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}",
                address,
                language);
    }

    private HttpResponse<String> device(String code, String secret, String address) throws Exception {
        return post("/api/v1/auth/device", "{\"code\":\"" + code + "\",\"secret\":\"" + secret + "\"}", address, "vi");
    }

    private HttpResponse<String> post(String path, String json, String address, String language) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(fixtures.baseUrl() + path))
                        .header("Content-Type", "application/json")
                        .header("X-Forwarded-For", address)
                        .header("Accept-Language", language)
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Watches the lock's own expiry in Redis rather than sleeping for a guessed time. */
    private void awaitAccountUnlocked(String username) {
        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> throttle.accountLockLeft("staff:" + username).isZero());
    }
}
