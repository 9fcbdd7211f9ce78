package vn.motcua.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.DossierApologyRequest;
import vn.motcua.client.api.DossierHandoverRequest;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.DossierStatusChange;
import vn.motcua.client.api.DossierView;
import vn.motcua.client.api.LateDossier;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestClock;

/**
 * Three dossiers received Monday 1 June 2026, due Wednesday 3 June at 17:00: one handed to the justice department
 * on Monday, back at the desk on Friday morning and resolved then (late, held by the department when its due time
 * passed), one received by another clerk, never handed over and still open (late, with an apology), one resolved
 * Tuesday (on time).
 */
@IntegrationTest
class LateDossiersTest {

    private static final YearMonth JUNE = YearMonth.of(2026, 6);
    private static final String DEPARTMENT = "Phòng Tư pháp";
    private static final String OFFICER = "Trần Văn Bình";

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    DossierTestKit office;
    MotcuaClient head;
    DossierView resolvedLate;
    DossierView stillOpen;
    DossierView onTime;
    String desk;

    @BeforeEach
    void threeDossiersOfJune() {
        office = new DossierTestKit(fixtures, jdbc);
        head = fixtures.staff(office.id(), Role.HEAD);
        MotcuaClient otherClerk = fixtures.staff(office.id(), Role.CLERK);
        var procedure = office.procedure(2);
        TestClock.pin(Instant.parse("2026-06-01T02:00:00Z"));
        resolvedLate = office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(procedure));
        stillOpen = otherClerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(procedure));
        onTime = office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(procedure));
        otherClerk
                .dossiers()
                .apologize(
                        office.id(),
                        stillOpen.code(),
                        new DossierApologyRequest("Chờ kết quả xác minh", LocalDate.of(2026, 6, 10)));
        TestClock.pin(Instant.parse("2026-06-02T03:00:00Z"));
        resolve(onTime);
        office.clerk
                .dossiers()
                .recordHandover(
                        office.id(),
                        resolvedLate.code(),
                        new DossierHandoverRequest(
                                null, null, DEPARTMENT, OFFICER, Instant.parse("2026-06-01T03:00:00Z"), "Thụ lý"));
        desk = jdbc.sql("select name from office where id = ?")
                .param(office.id())
                .query(String.class)
                .single();
        TestClock.pin(Instant.parse("2026-06-05T03:00:00Z"));
        office.clerk
                .dossiers()
                .recordHandover(
                        office.id(),
                        resolvedLate.code(),
                        new DossierHandoverRequest(null, null, desk, receiver(resolvedLate), null, "Đã có kết quả"));
        resolve(resolvedLate);
        TestClock.pin(Instant.parse("2026-06-10T03:00:00Z"));
    }

    @AfterEach
    void releaseClock() {
        TestClock.release();
    }

    @Test
    void the_month_lists_the_late_dossiers_by_timeliness_with_the_clerk_who_received_each() {
        Map<String, LateDossier> late = head.reports().lateDossiers(office.id(), JUNE).stream()
                .collect(Collectors.toMap(LateDossier::code, Function.identity()));

        assertThat(late).containsOnlyKeys(resolvedLate.code(), stillOpen.code());
        LateDossier resolved = late.get(resolvedLate.code());
        assertThat(resolved.open()).isFalse();
        assertThat(resolved.finishedAt()).isEqualTo(Instant.parse("2026-06-05T03:00:00Z"));
        // Wednesday 17:00 to Friday 10:00: 12 working hours, two started working days
        assertThat(resolved.daysLate()).isEqualTo(2);
        assertThat(resolved.receivedBy()).isEqualTo(receiver(resolvedLate));
        assertThat(resolved.apologized()).isFalse();
        LateDossier open = late.get(stillOpen.code());
        assertThat(open.open()).isTrue();
        assertThat(open.finishedAt()).isNull();
        // Wednesday 3/6 17:00 to Wednesday 10/6 10:00: seven days, the weekend's two not worked, so five
        assertThat(open.daysLate()).isEqualTo(5);
        assertThat(open.receivedBy()).isEqualTo(receiver(stillOpen)).isNotEqualTo(receiver(resolvedLate));
        assertThat(open.apologized()).isTrue();
    }

    @Test
    void each_late_dossier_is_charged_to_whoever_held_it_when_it_became_late() {
        Map<String, LateDossier> late = head.reports().lateDossiers(office.id(), JUNE).stream()
                .collect(Collectors.toMap(LateDossier::code, Function.identity()));

        // back at the desk on Friday, but the department held it when its due time passed on Wednesday
        assertThat(late.get(resolvedLate.code()))
                .extracting(LateDossier::responsibleUnit, LateDossier::responsibleOfficer)
                .containsExactly(DEPARTMENT, OFFICER);
        // never handed over: the one-stop desk and the clerk who received it
        assertThat(late.get(stillOpen.code()))
                .extracting(LateDossier::responsibleUnit, LateDossier::responsibleOfficer)
                .containsExactly(desk, receiver(stillOpen));
    }

    @Test
    void another_month_does_not_list_dossiers_due_in_june() {
        assertThat(head.reports().lateDossiers(office.id(), YearMonth.of(2026, 5)))
                .isEmpty();
        assertThat(office.admin.reports().lateDossiers(office.id(), YearMonth.of(2026, 7)))
                .isEmpty();
    }

    @Test
    void the_pdf_titles_the_month_subtotals_each_responsible_officer_and_is_dated_and_signed() throws Exception {
        // the test's agency codes are longer than real ones and may wrap after a hyphen
        String text = DossierTestKit.pdfText(head.files().lateDossiersPdf(office.id(), JUNE))
                .replace("- ", "-");

        assertThat(text)
                .contains(
                        "DANH SÁCH HỒ SƠ GIẢI QUYẾT TRỄ HẠN THÁNG 06/2026",
                        resolvedLate.code(),
                        stillOpen.code(),
                        "Chưa giải quyết xong",
                        "Cộng " + OFFICER + " (" + DEPARTMENT + "): 1 hồ sơ trễ hạn, 0 hồ sơ đã có văn bản xin lỗi",
                        "Cộng " + receiver(stillOpen) + " (" + desk + "): 1 hồ sơ trễ hạn, 1 hồ sơ đã có văn bản xin"
                                + " lỗi",
                        "Tổng cộng: 2 hồ sơ trễ hạn, 1 hồ sơ đã có văn bản xin lỗi",
                        // made on the test clock's day, signed by the office's named official, prepared by the head
                        ", ngày 10 tháng 06 năm 2026",
                        "NGƯỜI LẬP BIỂU",
                        DossierTestKit.SIGNER_TITLE,
                        DossierTestKit.SIGNER_NAME)
                .doesNotContain(onTime.code());
    }

    @Test
    void the_public_page_needs_no_sign_in_and_shows_no_personal_data() {
        String page = fixtures.client().pages().publicLateDossiersPage(office.id(), JUNE);

        assertThat(page)
                .contains(
                        resolvedLate.code(),
                        stillOpen.code(),
                        "Đăng ký khai sinh",
                        "Nguyễn T. H.",
                        "Chưa giải quyết xong")
                .doesNotContain(onTime.code());
        assertThat(page)
                .doesNotContain(
                        DossierTestKit.APPLICANT.name(),
                        DossierTestKit.APPLICANT.idNumber(),
                        DossierTestKit.APPLICANT.phone(),
                        DossierTestKit.APPLICANT.email(),
                        "Hùng Vương",
                        receiver(resolvedLate),
                        receiver(stillOpen));
    }

    @Test
    void clerks_kiosks_and_heads_of_other_offices_are_refused_the_list() {
        List<MotcuaClient> refused = List.of(
                office.clerk,
                fixtures.device(office.id(), Role.KIOSK, null),
                fixtures.staff(fixtures.office().id(), Role.HEAD));

        for (MotcuaClient caller : refused) {
            assertThatThrownBy(() -> caller.reports().lateDossiers(office.id(), JUNE))
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
            assertThatThrownBy(() -> caller.files().lateDossiersPdf(office.id(), JUNE))
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        }
    }

    private void resolve(DossierView d) {
        office.clerk
                .dossiers()
                .changeDossierStatus(office.id(), d.code(), new DossierStatusChange(DossierStatus.RESOLVED, null));
    }

    private static String receiver(DossierView d) {
        return d.history().getFirst().byName();
    }
}
