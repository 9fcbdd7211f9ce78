package vn.motcua.counter.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.motcua.client.api.DossierStatus;
import vn.motcua.counter.testing.ViewTest;

class FindDossierDialogTest extends ViewTest {

    private final FakeDossierDesk desk = new FakeDossierDesk();
    private FindDossierDialog dialog;

    @BeforeEach
    void openTheLookup() {
        dialog = new FindDossierDialog(desk, 1, ZoneId.of("Asia/Ho_Chi_Minh"));
        dialog.open();
    }

    private DossierDetails find(String code) {
        dialog.code.setValue(code);
        test(find(Button.class).withText("Tìm").single()).click();
        return find(DossierDetails.class).single();
    }

    private String notification() {
        return test(find(Notification.class).last()).getText();
    }

    @Test
    void a_found_dossier_shows_its_applicant_due_date_timeliness_and_history() {
        find(FakeDossierDesk.CODE);

        assertThat(desk.calls).contains("dossier " + FakeDossierDesk.CODE);
        assertThat(find(Span.class).withText("Nguyễn Văn An").exists()).isTrue();
        assertThat(find(Span.class).withText("17:00, 03/12/2026 · 3 ngày làm việc").exists()).isTrue();
        assertThat(find(Span.class).withClassName("dossier-timeliness").single().getText()).isEqualTo("Đang trong hạn");
        assertThat(find(Span.class).withText("Nhận hồ sơ: ").exists()).isTrue();
        assertThat(find(Span.class).withText("09:30, 26/11/2026").exists()).isTrue();
        assertThat(find(Anchor.class).withText("In giấy tiếp nhận (Mẫu 01)").exists()).isTrue();
    }

    @Test
    void an_empty_code_is_asked_for_and_an_unknown_one_is_said_not_found_in_dossier_terms() {
        test(find(Button.class).withText("Tìm").single()).click();
        assertThat(dialog.code.getErrorMessage()).isEqualTo("Vui lòng nhập mã hồ sơ");

        desk.refusal = FakeDossierDesk.refused(404, "NOT_FOUND");
        dialog.code.setValue("000.00.00.H00-261126-9999");
        test(find(Button.class).withText("Tìm").single()).click();

        assertThat(notification()).startsWith("Không tìm thấy hồ sơ có mã này");
        assertThat(find(DossierDetails.class).exists()).isFalse();
    }

    @Test
    void only_the_statuses_the_rules_allow_next_are_offered() {
        DossierDetails details = find(FakeDossierDesk.CODE);
        assertThat(details.nextStatus.getListDataView().getItems()).containsExactly(DossierStatus.PROCESSING,
                DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.FINANCIAL_OBLIGATION, DossierStatus.WITHDRAWN,
                DossierStatus.STOPPED, DossierStatus.RESOLVED);

        desk.stored = FakeDossierDesk.dossier(DossierStatus.RETURNED, null);
        find(FakeDossierDesk.CODE);

        assertThat(find(Span.class).withText("Hồ sơ đã kết thúc, không còn bước nào tiếp theo.").exists()).isTrue();
        assertThat(find(Button.class).withText("Chuyển trạng thái").exists()).isFalse();
        assertThat(find(ApologyForm.class).exists()).isFalse();
    }

    @Test
    void a_status_change_sends_the_chosen_status_with_its_note_and_shows_the_new_one() {
        DossierDetails details = find(FakeDossierDesk.CODE);
        details.nextStatus.setValue(DossierStatus.PROCESSING);
        details.note.setValue("Chuyển phòng Tài chính - Kế hoạch");

        test(details.changeStatus).click();

        assertThat(desk.changes.getFirst().status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(desk.changes.getFirst().note()).isEqualTo("Chuyển phòng Tài chính - Kế hoạch");
        assertThat(details.nextStatus.getListDataView().getItems()).doesNotContain(DossierStatus.PROCESSING);
        assertThat(details.note.getValue()).isEmpty();
    }

    @Test
    void a_refused_status_change_is_explained_and_the_dossier_read_again() {
        DossierDetails details = find(FakeDossierDesk.CODE);
        details.nextStatus.setValue(DossierStatus.RESOLVED);
        desk.refusal = FakeDossierDesk.refused(409, "DOSSIER_TRANSITION_NOT_ALLOWED");
        desk.calls.clear();

        test(details.changeStatus).click();

        assertThat(notification()).startsWith("Hồ sơ không thể chuyển sang trạng thái này");
        assertThat(desk.calls).containsExactly("status RESOLVED", "dossier " + FakeDossierDesk.CODE);
    }

    @ParameterizedTest(name = "{0} reads: {1}")
    @CsvSource(delimiter = '|', value = {
        "APOLOGY_ALREADY_ISSUED|Hồ sơ này đã được hẹn lại một lần; theo quy định không được hẹn lại lần nữa.",
        "APOLOGY_TOO_LATE|Đã quá hạn lập phiếu xin lỗi: phiếu phải được lập chậm nhất một ngày làm việc trước ngày hẹn trả.",
        "DOSSIER_FINISHED|Hồ sơ đã có kết quả hoặc đã kết thúc, không thể hẹn lại ngày trả."})
    void every_apology_refusal_is_shown_in_vietnamese(String code, String sentence) {
        DossierDetails details = find(FakeDossierDesk.CODE);
        details.apology.reason.setValue("Chờ ý kiến phối hợp của Sở Xây dựng");
        details.apology.newDueDate.setValue(LocalDate.of(2026, 12, 10));
        desk.refusal = FakeDossierDesk.refused(409, code);

        test(details.apology.issue).click();

        assertThat(notification()).isEqualTo(sentence);
    }

    @Test
    void an_apology_needs_a_reason_and_a_date_after_the_due_date() {
        DossierDetails details = find(FakeDossierDesk.CODE);
        details.apology.newDueDate.setValue(LocalDate.of(2026, 12, 3));

        test(details.apology.issue).click();

        assertThat(details.apology.reason.getErrorMessage()).isEqualTo("Vui lòng ghi lý do chậm trả kết quả");
        assertThat(details.apology.newDueDate.getErrorMessage()).isEqualTo("Ngày hẹn mới phải sau ngày hẹn cũ (03/12/2026)");
        assertThat(desk.calls).doesNotContain("apology");
    }

    @Test
    void an_issued_apology_shows_the_new_date_and_its_slip_and_offers_no_second_one() {
        DossierDetails details = find(FakeDossierDesk.CODE);
        details.apology.reason.setValue("Chờ ý kiến phối hợp của Sở Xây dựng");
        details.apology.newDueDate.setValue(LocalDate.of(2026, 12, 10));

        test(details.apology.issue).click();

        assertThat(desk.apologies.getFirst().newDueDate()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(desk.apologies.getFirst().reason()).isEqualTo("Chờ ý kiến phối hợp của Sở Xây dựng");
        assertThat(details.dossier().rescheduledDueAt()).isEqualTo(LocalDateTime.of(2026, 12, 10, 17, 0));
        assertThat(find(Anchor.class).withText("In phiếu xin lỗi (Mẫu 04)").exists()).isTrue();
        assertThat(find(ApologyForm.class).exists()).isFalse();
    }
}
