package vn.motcua.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.DossierHistoryEntry;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.DossierStatusChange;
import vn.motcua.client.api.DossierTimeliness;
import vn.motcua.client.api.DossierView;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;

@IntegrationTest
class DossierStatusTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    DossierTestKit office;
    String code;

    @BeforeEach
    void setUp() {
        office = new DossierTestKit(fixtures, jdbc);
        code = office.clerk
                .dossiers()
                .registerDossier(office.id(), DossierTestKit.dossier(office.procedure(5)))
                .code();
    }

    @Test
    void each_status_change_is_recorded_with_who_when_and_the_note_and_the_national_code() {
        move(DossierStatus.PROCESSING, "Chuyển phòng Tư pháp");
        move(DossierStatus.RESOLVED, "");
        DossierView returned = move(DossierStatus.RETURNED, "Đã giao tận tay");

        assertThat(returned.nationalStatusCode()).isEqualTo(10);
        assertThat(returned.timeliness()).isEqualTo(DossierTimeliness.ON_TIME);
        assertThat(returned.history())
                .extracting(DossierHistoryEntry::nationalCode)
                .containsExactly(2, 4, 9, 10);
        assertThat(returned.history().get(1).note()).isEqualTo("Chuyển phòng Tư pháp");
        assertThat(returned.history()).allSatisfy(h -> {
            assertThat(h.byName()).startsWith("Cán bộ");
            assertThat(h.at()).isNotNull();
        });
    }

    @Test
    void a_returned_dossier_cannot_go_back_to_processing_and_the_refusal_names_what_is_allowed() {
        move(DossierStatus.RESOLVED, "");
        move(DossierStatus.RETURNED, "");

        assertThatThrownBy(() -> move(DossierStatus.PROCESSING, "")).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.code()).isEqualTo("DOSSIER_TRANSITION_NOT_ALLOWED");
        });
    }

    @Test
    void a_second_supplement_request_makes_the_dossier_late_even_when_it_finishes_early() {
        move(DossierStatus.SUPPLEMENT_REQUESTED, "Thiếu bản sao CCCD");
        move(DossierStatus.PROCESSING, "Đã bổ sung");
        move(DossierStatus.SUPPLEMENT_REQUESTED, "Thiếu giấy ủy quyền");
        move(DossierStatus.PROCESSING, "Đã bổ sung");

        assertThat(move(DossierStatus.RESOLVED, "").timeliness()).isEqualTo(DossierTimeliness.LATE);
    }

    @Test
    void a_withdrawn_dossier_is_not_counted_as_on_time_or_late() {
        assertThat(move(DossierStatus.WITHDRAWN, "Công dân rút hồ sơ").timeliness())
                .isEqualTo(DossierTimeliness.NOT_COUNTED);
    }

    private DossierView move(DossierStatus status, String note) {
        return office.clerk.dossiers().changeDossierStatus(office.id(), code, new DossierStatusChange(status, note));
    }
}
