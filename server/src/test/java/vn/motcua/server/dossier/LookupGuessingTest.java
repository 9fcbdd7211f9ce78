package vn.motcua.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.api.DossierView;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.shared.RefusedException;

/** Throttles fall on whoever guesses, not on the citizen who holds the receipt or stands at the kiosk next. */
@IntegrationTest
class LookupGuessingTest {

    private static final String RIGHT_DIGITS = "5678";

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LookupTokens tokens;

    @Autowired
    PublicDossierLookup lookup;

    DossierTestKit office;

    @BeforeEach
    void setUp() {
        office = new DossierTestKit(fixtures, jdbc);
    }

    @Test
    void a_receipt_link_with_the_right_token_is_answered_from_an_address_that_guessing_got_refused() {
        DossierView dossier =
                office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(office.procedure(3)));
        String sharedAddress = "198.51.100." + (int) (Math.random() * 250);
        int wrongTries = 0;
        boolean refused = false;
        while (!refused && wrongTries < 40) {
            try {
                assertThat(lookup.find(dossier.code(), "wrong-token-" + wrongTries, sharedAddress))
                        .isEmpty();
                wrongTries++;
            } catch (RefusedException e) {
                refused = true;
            }
        }
        assertThat(refused)
                .as("guessing refused after %d wrong tokens", wrongTries)
                .isTrue();

        assertThat(lookup.find(dossier.code(), tokens.token(dossier.code()), sharedAddress))
                .hasValueSatisfying(seen -> assertThat(seen.code()).isEqualTo(dossier.code()));
    }

    @Test
    void wrong_phone_digits_lock_only_the_guessed_dossier_not_the_next_citizen_at_the_kiosk() {
        DossierView guessed =
                office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(office.procedure(3)));
        DossierView another =
                office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(office.procedure(3)));
        for (int i = 0; i < PublicDossierLookup.KIOSK_GUESSES_PER_CODE; i++) {
            assertThat(lookup.findAtKiosk(office.id(), guessed.code(), "000" + i, Locale.ROOT))
                    .isEmpty();
        }

        assertThatThrownBy(() -> lookup.findAtKiosk(office.id(), guessed.code(), "0009", Locale.ROOT))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.code()).isEqualTo("TOO_MANY_ATTEMPTS"));
        assertThat(lookup.findAtKiosk(office.id(), another.code(), RIGHT_DIGITS, Locale.ROOT))
                .hasValueSatisfying(seen -> assertThat(seen.code()).isEqualTo(another.code()));
    }
}
