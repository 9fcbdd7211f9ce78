package vn.motcua.server.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.FormRegime;
import vn.motcua.client.api.OfficeForms;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;

@IntegrationTest
class OfficeFormsTest {

    static final OfficeForms PHU_THO =
            new OfficeForms("Phú Thọ", "Ủy ban nhân dân tỉnh Phú Thọ", "Nguyễn Văn An", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC");

    @Autowired
    Fixtures fixtures;

    long office;
    MotcuaClient admin;

    @BeforeEach
    void setUp() {
        office = fixtures.office().id();
        admin = fixtures.staff(office, Role.ADMIN);
    }

    @Test
    void a_new_office_prints_nothing_of_its_own_until_an_admin_fills_the_form_settings_in() {
        assertThat(admin.offices().officeForms(office)).isEqualTo(new OfficeForms("", "", "", ""));
    }

    @Test
    void an_admin_sets_the_locality_the_header_in_upper_case_and_the_signing_official_which_staff_then_read() {
        OfficeForms saved = admin.offices().updateOfficeForms(office, PHU_THO);

        OfficeForms expected = new OfficeForms(
                "Phú Thọ", "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ", "Nguyễn Văn An", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC");
        assertThat(saved).isEqualTo(expected);
        assertThat(fixtures.staff(office, Role.CLERK).offices().officeForms(office))
                .isEqualTo(expected);
    }

    @Test
    void an_admin_keeps_the_office_on_the_2018_forms_and_gives_the_telephone_to_call() {
        OfficeForms old =
                new OfficeForms("Phú Thọ", "UBND TỈNH PHÚ THỌ", "", "", " (0210) 3.846-999 ", FormRegime.TT01_2018);

        OfficeForms saved = admin.offices().updateOfficeForms(office, old);

        assertThat(saved.formRegime()).isEqualTo(FormRegime.TT01_2018);
        assertThat(saved.contactPhone()).isEqualTo("(0210) 3.846-999");
        assertThat(fixtures.staff(office, Role.CLERK).offices().officeForms(office))
                .isEqualTo(saved);
    }

    @Test
    void a_telephone_that_is_not_a_number_or_a_missing_regime_is_refused_naming_the_field() {
        refused(
                400,
                "contactPhone",
                () -> admin.offices()
                        .updateOfficeForms(
                                office, new OfficeForms("", "", "", "", "gọi cho chị Lan", FormRegime.TT03_2025)));
        refused(
                400,
                "formRegime",
                () -> admin.offices().updateOfficeForms(office, new OfficeForms("", "", "", "", "", null)));
    }

    @Test
    void a_signing_official_without_a_title_or_a_field_too_long_is_refused_naming_the_field() {
        refused(
                400,
                "signerTitle",
                () -> admin.offices().updateOfficeForms(office, new OfficeForms("Phú Thọ", "", "An", " ")));
        refused(
                400,
                "locality",
                () -> admin.offices().updateOfficeForms(office, new OfficeForms("x".repeat(101), "", "", "")));
        refused(
                400,
                "agencyHeader",
                () -> admin.offices().updateOfficeForms(office, new OfficeForms("", null, "", "")));
    }

    @Test
    void only_the_offices_admin_may_change_the_form_settings_and_a_device_may_not_read_them() throws Exception {
        MotcuaClient clerk = fixtures.staff(office, Role.CLERK);
        MotcuaClient head = fixtures.staff(office, Role.HEAD);
        MotcuaClient otherAdmin = fixtures.staff(fixtures.office().id(), Role.ADMIN);
        MotcuaClient kiosk = fixtures.device(office, Role.KIOSK, null);

        for (MotcuaClient caller : new MotcuaClient[] {clerk, head, otherAdmin, kiosk}) {
            refused(403, null, () -> caller.offices().updateOfficeForms(office, PHU_THO));
        }
        refused(403, null, () -> kiosk.offices().officeForms(office));
        refused(403, null, () -> otherAdmin.offices().officeForms(office));
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> anonymous = http.send(
                    HttpRequest.newBuilder(fixtures.baseUrl().resolve("/api/v1/offices/" + office + "/forms"))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(401);
        }
    }

    private static void refused(int status, String field, Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            if (field != null) {
                assertThat(e.fieldErrors()).extracting(m -> m.get("field")).containsExactly(field);
            }
        });
    }
}
