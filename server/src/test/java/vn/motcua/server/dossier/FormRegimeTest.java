package vn.motcua.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.api.DossierApologyRequest;
import vn.motcua.client.api.FormRegime;
import vn.motcua.client.api.OfficeForms;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestClock;

/**
 * Which model forms a dossier's papers follow: TT 03/2025 for dossiers received from 15/9/2025 (the office's local
 * day), TT 01/2018 before, and TT 01/2018 for every dossier of an office that keeps it. The apology is where the two
 * regimes' texts differ.
 */
@IntegrationTest
class FormRegimeTest {

    static final String TT01_TITLE = "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ";
    static final String TT03_TITLE = "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT";

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    DossierTestKit office;
    ProcedureView procedure;

    @BeforeEach
    void setUp() {
        office = new DossierTestKit(fixtures, jdbc);
        procedure = office.procedure(3);
    }

    @AfterEach
    void releaseClock() {
        TestClock.release();
    }

    @Test
    void a_dossier_received_on_14_September_2025_gets_the_2018_forms_and_one_received_on_the_15th_the_2025_ones()
            throws Exception {
        // 23:30 on Sunday 14/9 and 00:30 on Monday 15/9 in Hà Nội: one hour apart, either side of the change
        String sunday = registeredAt("2025-09-14T16:30:00Z");
        String monday = registeredAt("2025-09-14T17:30:00Z");

        assertThat(apologyText(sunday, LocalDate.of(2025, 9, 30)))
                .contains(TT01_TITLE)
                .doesNotContain(TT03_TITLE);
        assertThat(apologyText(monday, LocalDate.of(2025, 9, 30)))
                .contains(TT03_TITLE)
                .doesNotContain(TT01_TITLE);
    }

    @Test
    void an_office_that_keeps_the_2018_forms_prints_them_for_a_dossier_received_in_2026_until_it_moves()
            throws Exception {
        office.admin
                .offices()
                .updateOfficeForms(
                        office.id(),
                        new OfficeForms(
                                "Phú Thọ",
                                "UBND TỈNH PHÚ THỌ",
                                DossierTestKit.SIGNER_NAME,
                                DossierTestKit.SIGNER_TITLE,
                                "",
                                FormRegime.TT01_2018));
        String code = registeredAt("2026-06-01T02:00:00Z");

        assertThat(apologyText(code, LocalDate.of(2026, 6, 10))).contains(TT01_TITLE);

        office.admin
                .offices()
                .updateOfficeForms(
                        office.id(),
                        new OfficeForms(
                                "Phú Thọ",
                                "UBND TỈNH PHÚ THỌ",
                                DossierTestKit.SIGNER_NAME,
                                DossierTestKit.SIGNER_TITLE,
                                "",
                                FormRegime.TT03_2025));
        assertThat(DossierTestKit.pdfText(office.clerk.files().dossierApologyPdf(office.id(), code)))
                .contains(TT03_TITLE);
    }

    private String registeredAt(String instant) {
        TestClock.pin(Instant.parse(instant));
        return office.clerk
                .dossiers()
                .registerDossier(office.id(), DossierTestKit.dossier(procedure))
                .code();
    }

    private String apologyText(String code, LocalDate newDay) throws Exception {
        office.clerk
                .dossiers()
                .apologize(office.id(), code, new DossierApologyRequest("Cơ quan phối hợp chưa trả kết quả", newDay));
        return DossierTestKit.pdfText(office.clerk.files().dossierApologyPdf(office.id(), code));
    }
}
