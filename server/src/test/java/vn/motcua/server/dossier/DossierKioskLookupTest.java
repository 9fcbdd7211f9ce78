package vn.motcua.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;

@IntegrationTest
class DossierKioskLookupTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_kiosk_shows_a_typed_code_only_with_the_last_four_digits_of_the_applicants_phone() {
        DossierTestKit office = new DossierTestKit(fixtures, jdbc);
        var dossier = office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(office.procedure(3)));
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        String phone = DossierTestKit.APPLICANT.phone().replaceAll("\\D", "");
        String last4 = phone.substring(phone.length() - 4);

        var seen = kiosk.dossiers().dossierAtKiosk(office.id(), dossier.code(), last4);

        assertThat(seen.code()).isEqualTo(dossier.code());
        assertThat(seen.applicant()).doesNotContain("Hoa");
        assertThatThrownBy(() -> kiosk.dossiers().dossierAtKiosk(office.id(), dossier.code(), "0000"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> office.clerk.dossiers().dossierAtKiosk(office.id(), dossier.code(), last4))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void a_kiosk_in_english_gets_the_status_and_the_next_step_in_english() {
        DossierTestKit office = new DossierTestKit(fixtures, jdbc);
        var dossier = office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(office.procedure(3)));
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        String phone = DossierTestKit.APPLICANT.phone().replaceAll("\\D", "");

        var english = kiosk.dossiers()
                .dossierAtKiosk(office.id(), dossier.code(), phone.substring(phone.length() - 4), Locale.ENGLISH);
        var vietnamese = kiosk.dossiers()
                .publicDossier(dossier.code(), dossier.lookupUrl().replaceAll(".*[?&]k=", ""));

        assertThat(english.statusLabel()).isEqualTo("Received");
        assertThat(english.nextStep()).startsWith("The dossier is being processed");
        assertThat(vietnamese.statusLabel()).isEqualTo("Đã tiếp nhận");
        assertThat(vietnamese.nextStep()).startsWith("Hồ sơ đang được giải quyết");
    }

    @Test
    void failed_qr_look_ups_are_counted_per_kiosk_not_for_every_kiosk_behind_one_address() {
        DossierTestKit office = new DossierTestKit(fixtures, jdbc);
        var dossier = office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(office.procedure(3)));
        MotcuaClient guessing = fixtures.device(office.id(), Role.KIOSK, null);
        MotcuaClient honest = fixtures.device(office.id(), Role.KIOSK, null);

        int refusedAt = -1;
        for (int i = 0; i < 40 && refusedAt < 0; i++) {
            try {
                guessing.dossiers().publicDossier(dossier.code(), "AAAAAAAAAAAAAAAA");
            } catch (ApiException e) {
                if (e.status() == 429) {
                    refusedAt = i;
                }
            }
        }

        assertThat(refusedAt).isPositive();
        assertThatThrownBy(() -> honest.dossiers().publicDossier(dossier.code(), "AAAAAAAAAAAAAAAA"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    }
}
