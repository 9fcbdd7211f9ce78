package vn.motcua.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.api.DossierView;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestStores;
import vn.motcua.server.shared.FailureThrottle;
import vn.motcua.server.shared.RefusedException;
import vn.motcua.server.shared.StoreOutages;
import vn.motcua.server.shared.TooManyRequestsException;

/**
 * The look-up throttles count in Redis: a second server instance, here a second look-up with a Redis connection
 * of its own, refuses a guesser that the first one has seen. Each test guesses from an address of its own.
 */
@IntegrationTest
class DossierLookupThrottleTest {

    private static final String RIGHT_DIGITS = "5678";

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LookupTokens tokens;

    @Autowired
    DossierStore store;

    @Autowired
    NextSteps nextSteps;

    @Autowired
    PublicDossierLookup lookup;

    @Autowired
    MessageSource messages;

    @Value("${spring.data.redis.url}")
    String redisUrl;

    DossierTestKit office;
    LettuceConnectionFactory otherConnection;

    @BeforeEach
    void setUp() {
        office = new DossierTestKit(fixtures, jdbc);
    }

    @AfterEach
    void tearDown() {
        if (otherConnection != null) {
            otherConnection.destroy();
        }
    }

    @Test
    void an_address_is_refused_after_its_burst_of_failures_and_may_try_again_once_the_lock_is_over() {
        PublicDossierLookup quick = otherInstance(redisUrl, 3, Duration.ofMillis(500));
        String address = address();
        for (int i = 0; i < 3; i++) {
            assertThat(quick.find("HS-unknown", "wrong-" + i, address)).isEmpty();
        }

        assertThatThrownBy(() -> quick.find("HS-unknown", "wrong-again", address))
                .isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
                    assertThat(e.code()).isEqualTo("TOO_MANY_ATTEMPTS");
                    assertThat(e.retryAfterSeconds()).isEqualTo(1);
                    assertThat(e.getMessage())
                            .isEqualTo("Quá nhiều lần tra cứu không thành công từ địa chỉ này. "
                                    + "Vui lòng thử lại sau 1 giây.");
                });
        assertThatThrownBy(() -> quick.find("HS-unknown", "wrong-again", address, Locale.ENGLISH))
                .hasMessage("Too many failed look-ups from this address. Please try again in 1 second.");
        assertThat(quick.find("HS-unknown", "wrong-elsewhere", address())).isEmpty();
        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(100))
                .ignoreExceptionsInstanceOf(RefusedException.class)
                .until(() -> quick.find("HS-unknown", "wrong-later", address).isEmpty());
    }

    @Test
    void wrong_tokens_tried_on_one_server_instance_are_counted_on_another() {
        DossierView dossier =
                office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(office.procedure(3)));
        PublicDossierLookup other = otherInstance(redisUrl, 20, Duration.ofSeconds(3));
        String address = address();
        for (int i = 0; i < 20; i++) {
            PublicDossierLookup instance = i % 2 == 0 ? lookup : other;
            assertThat(instance.find(dossier.code(), "wrong-token-" + i, address))
                    .isEmpty();
        }

        assertThatThrownBy(() -> other.find(dossier.code(), "wrong-token", address))
                .isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> lookup.find(dossier.code(), "wrong-token", address))
                .isInstanceOf(RefusedException.class);
        assertThat(other.find(dossier.code(), tokens.token(dossier.code()), address))
                .hasValueSatisfying(seen -> assertThat(seen.code()).isEqualTo(dossier.code()));
    }

    @Test
    void wrong_phone_digits_tried_at_one_server_instance_are_counted_at_another() {
        DossierView guessed =
                office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(office.procedure(3)));
        PublicDossierLookup other = otherInstance(redisUrl, 20, Duration.ofSeconds(3));
        for (int i = 0; i < PublicDossierLookup.KIOSK_GUESSES_PER_CODE; i++) {
            assertThat(lookup.findAtKiosk(office.id(), guessed.code(), "000" + i, Locale.ROOT))
                    .isEmpty();
        }

        assertThatThrownBy(() -> other.findAtKiosk(office.id(), guessed.code(), RIGHT_DIGITS, Locale.ENGLISH))
                .isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
                    assertThat(e.code()).isEqualTo("TOO_MANY_ATTEMPTS");
                    assertThat(e.retryAfterSeconds()).isBetween(300L, 360L);
                    assertThat(e.getMessage())
                            .isEqualTo("Too many wrong phone numbers for this dossier. Please scan the QR code on "
                                    + "the receipt, ask at a counter or try again in 6 minutes.");
                });
    }

    @Test
    void with_redis_unreachable_a_right_receipt_link_is_answered_and_a_guess_is_a_store_outage_not_a_500() {
        DossierView dossier =
                office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(office.procedure(3)));
        PublicDossierLookup cutOff =
                otherInstance("redis://127.0.0.1:" + TestStores.freePort(), 20, Duration.ofSeconds(3));

        assertThat(cutOff.find(dossier.code(), tokens.token(dossier.code()), address()))
                .isPresent();
        assertThatThrownBy(() -> cutOff.find(dossier.code(), "wrong-token", address()))
                .satisfies(e -> assertThat(StoreOutages.isOutage(e)).isTrue());
        assertThatThrownBy(() -> cutOff.findAtKiosk(office.id(), dossier.code(), RIGHT_DIGITS, Locale.ROOT))
                .satisfies(e -> assertThat(StoreOutages.isOutage(e)).isTrue());
    }

    /** The same look-up as another server instance would have it: nothing shared with this one but Redis. */
    private PublicDossierLookup otherInstance(String url, int burst, Duration refill) {
        otherConnection = new LettuceConnectionFactory(
                LettuceConnectionFactory.createRedisConfiguration(url),
                LettuceClientConfiguration.builder()
                        .commandTimeout(Duration.ofSeconds(1))
                        .build());
        otherConnection.afterPropertiesSet();
        otherConnection.start();
        StringRedisTemplate redis = new StringRedisTemplate(otherConnection);
        return new PublicDossierLookup(tokens, store, nextSteps, new FailureThrottle(redis), messages, burst, refill);
    }

    /** A documentation address (RFC 5737) of its own for each call site. */
    private static String address() {
        int n = (int) (Math.abs(UUID.randomUUID().getLeastSignificantBits()) % 65000);
        return "198.51." + (n / 256) + "." + (n % 256);
    }
}
