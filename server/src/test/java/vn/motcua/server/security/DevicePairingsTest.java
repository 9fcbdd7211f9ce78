package vn.motcua.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.AccessToken;
import vn.motcua.client.api.DevicePairing;
import vn.motcua.client.api.DeviceView;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestClock;

/**
 * Screens paired on the server: a device signed in with its secret pairs a screen, any kiosk-app exchanges the
 * screen's reference for the device's token, and unpairing, a new secret or revoking the device ends the pairing
 * and the tokens exchanged for it. A reference that pairs nothing gets 401 and nothing more.
 */
@IntegrationTest
class DevicePairingsTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_screens_reference_is_exchanged_for_the_devices_token_without_its_secret() {
        var office = fixtures.office();
        MotcuaClient device = fixtures.device(office.id(), Role.RATING_TABLET, office.counter(1));

        DevicePairing pairing = device.devices().createPairing();
        MotcuaClient screen = fixtures.client();
        AccessToken token = screen.signInPairing(pairing.reference());

        assertThat(pairing.reference()).matches("[A-Za-z0-9_-]{43}");
        assertThat(token.subject()).isEqualTo(device.token().subject());
        assertThat(token.displayName()).isEqualTo(device.token().displayName());
        assertThat(token.roles()).containsExactly(Role.RATING_TABLET);
        assertThat(token.officeIds()).containsExactly(office.id());
        assertThat(token.counterId()).isEqualTo(office.counter(1));
        assertThat(screen.queue().snapshot(office.id()).officeId()).isEqualTo(office.id());
        assertThat(jdbc.sql("select count(*) from device_pairing where reference_hash = sha256(convert_to(?, 'UTF8'))")
                        .param(pairing.reference())
                        .query(Long.class)
                        .single())
                .as("only the reference's hash is kept")
                .isEqualTo(1);
    }

    @Test
    void a_screens_client_signs_in_again_with_the_reference_when_its_token_expires() {
        var office = fixtures.office();
        DevicePairing pairing =
                fixtures.device(office.id(), Role.KIOSK, null).devices().createPairing();
        TestClock.pin(Instant.now());
        try {
            MotcuaClient screen = fixtures.client();
            AccessToken first = screen.signInPairing(pairing.reference());
            TestClock.advance(Duration.between(Instant.now(), first.expiresAt()).plusMinutes(5));

            assertThat(screen.queue().snapshot(office.id()).officeId()).isEqualTo(office.id());
            assertThat(screen.token().expiresAt()).isAfter(first.expiresAt());
        } finally {
            TestClock.release();
        }
    }

    @Test
    void unpairing_refuses_the_reference_and_the_tokens_exchanged_for_it_but_not_the_other_screens() {
        var office = fixtures.office();
        MotcuaClient device = fixtures.device(office.id(), Role.DISPLAY, null);
        DevicePairing first = device.devices().createPairing();
        DevicePairing second = device.devices().createPairing();
        MotcuaClient screen = fixtures.client();
        screen.signInPairing(first.reference());

        device.devices().revokePairing(first.reference());

        assertUnauthorized(() -> screen.queue().snapshot(office.id()));
        assertUnauthorized(() -> fixtures.client().signInPairing(first.reference()));
        MotcuaClient other = fixtures.client();
        other.signInPairing(second.reference());
        assertThat(other.queue().snapshot(office.id()).officeId()).isEqualTo(office.id());
        assertThat(device.queue().snapshot(office.id()).officeId())
                .as("the token from the secret is not the pairing's")
                .isEqualTo(office.id());
    }

    @Test
    void a_device_cannot_unpair_another_devices_screen() {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        MotcuaClient display = fixtures.device(office.id(), Role.DISPLAY, null);
        DevicePairing pairing = kiosk.devices().createPairing();

        display.devices().revokePairing(pairing.reference());

        assertThat(fixtures.client().signInPairing(pairing.reference()).subject())
                .isEqualTo(kiosk.token().subject());
    }

    @Test
    void a_new_secret_unpairs_every_screen_and_refuses_the_tokens_issued_before_it() {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        MotcuaClient device = fixtures.device(office.id(), Role.KIOSK, null);
        String code = device.token().displayName();
        long deviceId = deviceId(code);
        TestClock.pin(Instant.now());
        try {
            DevicePairing first = device.devices().createPairing();
            DevicePairing second = device.devices().createPairing();
            MotcuaClient screen = fixtures.client();
            screen.signInPairing(first.reference());
            // a token's issue time has whole seconds, and one issued in the second of the reset still counts
            TestClock.advance(Duration.ofSeconds(2));

            DeviceView reset = admin.devices().resetDeviceSecret(office.id(), deviceId);

            assertThat(reset.secret()).isNotBlank();
            assertUnauthorized(() -> screen.queue().snapshot(office.id()));
            assertUnauthorized(() -> fixtures.client().signInPairing(first.reference()));
            assertUnauthorized(() -> fixtures.client().signInPairing(second.reference()));
            assertUnauthorized(() -> fixtures.client().signInDevice(code, Fixtures.PASSWORD));
            assertThat(jdbc.sql("select count(*) from device_pairing where device_id = ?")
                            .param(deviceId)
                            .query(Long.class)
                            .single())
                    .isZero();
            MotcuaClient again = fixtures.client();
            again.signInDevice(code, reset.secret());
            DevicePairing paired = again.devices().createPairing();
            assertThat(fixtures.client().signInPairing(paired.reference()).subject())
                    .isEqualTo("device:" + deviceId);
        } finally {
            TestClock.release();
        }
    }

    @Test
    void revoking_the_device_unpairs_its_screens() {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        MotcuaClient device = fixtures.device(office.id(), Role.DISPLAY, null);
        DevicePairing pairing = device.devices().createPairing();
        MotcuaClient screen = fixtures.client();
        screen.signInPairing(pairing.reference());

        admin.devices().revokeDevice(office.id(), deviceId(device.token().displayName()));

        assertUnauthorized(() -> screen.queue().snapshot(office.id()));
        assertUnauthorized(() -> fixtures.client().signInPairing(pairing.reference()));
        assertThat(jdbc.sql("select count(*) from device_pairing where device_id = ?")
                        .param(deviceId(device.token().displayName()))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void only_a_device_signed_in_with_its_secret_pairs_a_screen_and_only_a_device_unpairs_one() throws Exception {
        var office = fixtures.office();
        MotcuaClient clerk = fixtures.staff(office.id(), Role.ADMIN);
        MotcuaClient device = fixtures.device(office.id(), Role.KIOSK, null);
        DevicePairing pairing = device.devices().createPairing();
        MotcuaClient screen = fixtures.client();
        screen.signInPairing(pairing.reference());

        assertThat(post("/api/v1/pairings", "", null, address()).statusCode()).isEqualTo(401);
        assertThat(post("/api/v1/pairings/revoke", reference(pairing.reference()), null, address())
                        .statusCode())
                .isEqualTo(401);
        assertForbidden(clerk.devices()::createPairing);
        assertForbidden(() -> clerk.devices().revokePairing(pairing.reference()));
        assertForbidden(screen.devices()::createPairing);
        assertThat(screen.queue().snapshot(office.id()).officeId()).isEqualTo(office.id());
    }

    @Test
    void a_reference_that_pairs_nothing_gets_the_same_401_as_one_unpaired() throws Exception {
        var office = fixtures.office();
        MotcuaClient device = fixtures.device(office.id(), Role.KIOSK, null);
        DevicePairing unpaired = device.devices().createPairing();
        device.devices().revokePairing(unpaired.reference());

        HttpResponse<String> never = post("/api/v1/auth/pairing", reference(randomReference()), null, address());
        HttpResponse<String> gone = post("/api/v1/auth/pairing", reference(unpaired.reference()), null, address());

        assertThat(never.statusCode()).isEqualTo(401);
        assertThat(never.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(gone.statusCode()).isEqualTo(401);
        assertThat(gone.body()).isEqualTo(never.body());
    }

    @Test
    void a_malformed_reference_is_a_400_problem_naming_it() throws Exception {
        for (String body : new String[] {
            reference("abc"), reference(randomReference().substring(1) + "+"), "{}", "{\"reference\":7}", "not json"
        }) {
            HttpResponse<String> response = post("/api/v1/auth/pairing", body, null, address());

            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        assertThat(post("/api/v1/auth/pairing", reference("abc"), null, address())
                        .body())
                .contains("\"field\":\"reference\"");
    }

    @Test
    void failed_exchanges_from_one_address_are_throttled_with_429_and_retry_after() throws Exception {
        String address = address();
        for (int i = 0; i < DevicePairings.PER_ADDRESS.freeFailures(); i++) {
            assertThat(post("/api/v1/auth/pairing", reference(randomReference()), null, address)
                            .statusCode())
                    .isEqualTo(401);
        }
        var office = fixtures.office();
        DevicePairing pairing =
                fixtures.device(office.id(), Role.KIOSK, null).devices().createPairing();

        HttpResponse<String> refused = post("/api/v1/auth/pairing", reference(pairing.reference()), null, address);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("\"code\":\"TOO_MANY_SIGN_IN_ATTEMPTS\"");
        assertThat(post("/api/v1/auth/pairing", reference(pairing.reference()), null, address())
                        .statusCode())
                .as("another address is not held up")
                .isEqualTo(200);
    }

    @Test
    void screens_behind_one_kiosk_app_are_throttled_each_by_the_address_the_app_names_for_it() {
        String guesser = address();
        for (int i = 0; i < DevicePairings.PER_ADDRESS.freeFailures(); i++) {
            assertUnauthorized(() -> fixtures.client().actingFor(guesser).signInPairing(randomReference()));
        }
        var office = fixtures.office();
        DevicePairing pairing =
                fixtures.device(office.id(), Role.KIOSK, null).devices().createPairing();

        assertThatThrownBy(() -> fixtures.client().actingFor(guesser).signInPairing(pairing.reference()))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(429));
        assertThat(fixtures.client().actingFor(address()).signInPairing(pairing.reference()))
                .as("the next screen behind the same app")
                .isNotNull();
    }

    private long deviceId(String code) {
        return jdbc.sql("select id from device where code = ?")
                .param(code)
                .query(Long.class)
                .single();
    }

    private HttpResponse<String> post(String path, String json, String token, String address) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fixtures.baseUrl() + path))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String reference(String value) {
        return "{\"reference\":\"" + value + "\"}";
    }

    private static String randomReference() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String address() {
        int n = (int) (Math.abs(UUID.randomUUID().getLeastSignificantBits()) % 65000);
        return "203.0." + (n / 256) + "." + (n % 256);
    }

    private static void assertUnauthorized(ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    private static void assertForbidden(ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
    }
}
