package vn.motcua.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.client.ApiException;
import vn.motcua.client.api.DossierApologyRequest;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.DossierView;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestClock;

@IntegrationTest
class DossierApologyTest {

    private static final DossierApologyRequest APOLOGY = DossierTestKit.APOLOGY;

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    DossierTestKit office;
    String code;

    @BeforeEach
    void registerOnMondayDueWednesday() {
        office = new DossierTestKit(fixtures, jdbc);
        var procedure = office.procedure(2);
        TestClock.pin(Instant.parse("2026-06-01T02:00:00Z"));
        DossierView dossier = office.clerk.registerDossier(office.id(), DossierTestKit.dossier(procedure));
        assertThat(dossier.dueAt()).isEqualTo(LocalDateTime.of(2026, 6, 3, 17, 0));
        code = dossier.code();
    }

    @AfterEach
    void releaseClock() {
        TestClock.release();
    }

    @Test
    void an_apology_one_working_day_before_the_due_date_sets_the_new_date_and_prints_mau_04() throws Exception {
        TestClock.pin(Instant.parse("2026-06-02T09:00:00Z"));

        DossierView rescheduled = office.clerk.apologize(office.id(), code, APOLOGY);

        assertThat(rescheduled.dueAt()).isEqualTo(LocalDateTime.of(2026, 6, 3, 17, 0));
        assertThat(rescheduled.rescheduledDueAt()).isEqualTo(LocalDateTime.of(2026, 6, 10, 17, 0));
        String text = DossierTestKit.pdfText(office.clerk.dossierApologyPdf(office.id(), code));
        assertThat(text).contains(code).contains("Cơ quan phối hợp chưa trả kết quả xác minh");
    }

    @Test
    void the_dossier_says_the_last_day_for_an_apology_until_one_is_issued() {
        DossierView before = office.clerk.dossier(office.id(), code);
        assertThat(before.apologyLastDay()).isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(before.nextStatuses()).contains(DossierStatus.PROCESSING, DossierStatus.SUPPLEMENT_REQUESTED,
                DossierStatus.REJECTED).doesNotContain(DossierStatus.RETURNED);

        TestClock.pin(Instant.parse("2026-06-02T09:00:00Z"));
        assertThat(office.clerk.apologize(office.id(), code, APOLOGY).apologyLastDay()).isNull();
    }

    @Test
    void an_apology_on_the_due_date_itself_is_refused_as_too_late() {
        TestClock.pin(Instant.parse("2026-06-03T02:00:00Z"));

        assertThatThrownBy(() -> office.clerk.apologize(office.id(), code, APOLOGY))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("APOLOGY_TOO_LATE");
                });
        assertThatThrownBy(() -> office.clerk.dossierApologyPdf(office.id(), code))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void a_second_apology_for_the_same_dossier_is_refused() {
        office.clerk.apologize(office.id(), code, APOLOGY);

        assertThatThrownBy(() -> office.clerk.apologize(office.id(), code, new DossierApologyRequest(
                "Lần nữa", LocalDate.of(2026, 6, 17), null, null)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("APOLOGY_ALREADY_ISSUED");
                });
        assertThat(office.clerk.dossier(office.id(), code).rescheduledDueAt())
                .isEqualTo(LocalDateTime.of(2026, 6, 10, 17, 0));
    }

    @Test
    void the_new_date_must_be_a_working_day_after_the_original_one() {
        assertThatThrownBy(() -> office.clerk.apologize(office.id(), code, new DossierApologyRequest(
                "Chậm", LocalDate.of(2026, 6, 3), null, null)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.fieldErrors())
                        .extracting(f -> f.get("field")).containsExactly("newDueDate"));
        assertThatThrownBy(() -> office.clerk.apologize(office.id(), code, new DossierApologyRequest(
                "Chậm", LocalDate.of(2026, 6, 6), null, null)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.fieldErrors())
                        .extracting(f -> f.get("field")).containsExactly("newDueDate"));
    }
}
