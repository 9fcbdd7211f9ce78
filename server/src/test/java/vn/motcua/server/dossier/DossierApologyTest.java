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
import vn.motcua.client.api.ApologyShare;
import vn.motcua.client.api.DossierApologyRequest;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.DossierView;
import vn.motcua.client.api.OfficeForms;
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
        DossierView dossier = office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(procedure));
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

        DossierView rescheduled = office.clerk.dossiers().apologize(office.id(), code, APOLOGY);

        assertThat(rescheduled.dueAt()).isEqualTo(LocalDateTime.of(2026, 6, 3, 17, 0));
        assertThat(rescheduled.rescheduledDueAt()).isEqualTo(LocalDateTime.of(2026, 6, 10, 17, 0));
        String text = DossierTestKit.pdfText(office.clerk.files().dossierApologyPdf(office.id(), code));
        assertThat(text).contains(code).contains("Cơ quan phối hợp chưa trả kết quả xác minh");
    }

    @Test
    void the_dossier_says_the_last_day_for_an_apology_until_one_is_issued() {
        DossierView before = office.clerk.dossiers().dossier(office.id(), code);
        assertThat(before.apologyLastDay()).isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(before.nextStatuses())
                .contains(DossierStatus.PROCESSING, DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.REJECTED)
                .doesNotContain(DossierStatus.RETURNED);

        TestClock.pin(Instant.parse("2026-06-02T09:00:00Z"));
        assertThat(office.clerk.dossiers().apologize(office.id(), code, APOLOGY).apologyLastDay())
                .isNull();
    }

    @Test
    void an_apology_after_its_last_day_is_still_issued_and_reported_apart_as_late() {
        TestClock.pin(Instant.parse("2026-06-04T02:00:00Z"));

        DossierView rescheduled = office.clerk.dossiers().apologize(office.id(), code, APOLOGY);

        assertThat(rescheduled.rescheduledDueAt()).isEqualTo(LocalDateTime.of(2026, 6, 10, 17, 0));
        ApologyShare share =
                office.head().dossiers().apologyShare(office.id(), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1));
        assertThat(share.late()).isEqualTo(1);
        assertThat(share.lateWithApology()).isEqualTo(1);
        assertThat(share.apologiesIssuedLate()).isEqualTo(1);
    }

    @Test
    void an_apology_in_time_is_not_counted_as_issued_late() {
        TestClock.pin(Instant.parse("2026-06-02T09:00:00Z"));
        office.clerk.dossiers().apologize(office.id(), code, APOLOGY);
        TestClock.pin(Instant.parse("2026-06-04T02:00:00Z"));

        ApologyShare share =
                office.head().dossiers().apologyShare(office.id(), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1));

        assertThat(share.lateWithApology()).isEqualTo(1);
        assertThat(share.apologiesIssuedLate()).isZero();
    }

    @Test
    void a_late_apology_must_promise_a_day_after_today() {
        TestClock.pin(Instant.parse("2026-06-09T02:00:00Z"));

        assertThatThrownBy(() -> office.clerk
                        .dossiers()
                        .apologize(office.id(), code, new DossierApologyRequest("Chậm", LocalDate.of(2026, 6, 8))))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(f -> f.get("field"))
                                .containsExactly("newDueDate"));
    }

    @Test
    void the_last_day_before_a_Monday_due_date_is_the_Friday_before_it_not_the_weekend() {
        TestClock.pin(Instant.parse("2026-06-04T02:00:00Z"));
        DossierView dueMonday =
                office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(office.procedure(2)));

        assertThat(dueMonday.dueAt()).isEqualTo(LocalDateTime.of(2026, 6, 8, 17, 0));
        assertThat(dueMonday.apologyLastDay()).isEqualTo(LocalDate.of(2026, 6, 5));
    }

    @Test
    void the_last_day_before_a_due_date_after_Giỗ_Tổ_skips_its_compensatory_day_and_the_weekend() {
        TestClock.pin(Instant.parse("2026-04-23T02:00:00Z"));
        DossierView dueTuesday =
                office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(office.procedure(2)));

        assertThat(dueTuesday.dueAt()).isEqualTo(LocalDateTime.of(2026, 4, 28, 17, 0));
        assertThat(dueTuesday.apologyLastDay()).isEqualTo(LocalDate.of(2026, 4, 24));
    }

    @Test
    void the_apology_is_signed_by_the_official_named_in_the_office_settings_whoever_issues_it() throws Exception {
        office.clerk.dossiers().apologize(office.id(), code, APOLOGY);

        String text = DossierTestKit.pdfText(office.clerk.files().dossierApologyPdf(office.id(), code));
        assertThat(text)
                .contains(DossierTestKit.SIGNER_NAME)
                .contains(DossierTestKit.SIGNER_TITLE)
                .doesNotContain(office.clerk.token().displayName());
    }

    @Test
    void without_a_named_official_a_clerk_is_refused_and_a_head_signs_in_their_own_name() throws Exception {
        office.admin.offices().updateOfficeForms(office.id(), new OfficeForms("", "", "", ""));

        assertThatThrownBy(() -> office.clerk.dossiers().apologize(office.id(), code, APOLOGY))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.code()).isEqualTo("APOLOGY_NEEDS_HEAD");
                });
        office.head().dossiers().apologize(office.id(), code, APOLOGY);

        String text = DossierTestKit.pdfText(office.clerk.files().dossierApologyPdf(office.id(), code));
        assertThat(text).contains(office.head().token().displayName()).contains("THỦ TRƯỞNG CƠ QUAN");
    }

    @Test
    void a_second_apology_for_the_same_dossier_is_refused() {
        office.clerk.dossiers().apologize(office.id(), code, APOLOGY);

        assertThatThrownBy(() -> office.clerk
                        .dossiers()
                        .apologize(office.id(), code, new DossierApologyRequest("Lần nữa", LocalDate.of(2026, 6, 17))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("APOLOGY_ALREADY_ISSUED");
                });
        assertThat(office.clerk.dossiers().dossier(office.id(), code).rescheduledDueAt())
                .isEqualTo(LocalDateTime.of(2026, 6, 10, 17, 0));
    }

    @Test
    void the_new_date_must_be_a_working_day_after_the_original_one() {
        assertThatThrownBy(() -> office.clerk
                        .dossiers()
                        .apologize(office.id(), code, new DossierApologyRequest("Chậm", LocalDate.of(2026, 6, 3))))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(f -> f.get("field"))
                                .containsExactly("newDueDate"));
        assertThatThrownBy(() -> office.clerk
                        .dossiers()
                        .apologize(office.id(), code, new DossierApologyRequest("Chậm", LocalDate.of(2026, 6, 6))))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(f -> f.get("field"))
                                .containsExactly("newDueDate"));
    }
}
