package vn.motcua.counter.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.counter.testing.FakeDossierApi;
import vn.motcua.counter.testing.ViewTest;

class FindDossierDialogTest extends ViewTest {

    private FindDossierDialog dialog;

    @BeforeEach
    void openTheLookup() {
        dialog = new FindDossierDialog(1, ZoneId.of("Asia/Ho_Chi_Minh"));
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
        find(FakeDossierApi.CODE);

        assertThat(dossiers.calls).contains("dossier " + FakeDossierApi.CODE);
        assertThat(find(Span.class).withText("Nguyễn Văn An").exists()).isTrue();
        assertThat(find(Span.class)
                        .withText("17:00, 03/12/2026 · 3 ngày làm việc")
                        .exists())
                .isTrue();
        assertThat(find(Span.class).withClassName("dossier-timeliness").single().getText())
                .isEqualTo("Đang trong hạn");
        assertThat(find(Span.class).withText("Nhận hồ sơ: ").exists()).isTrue();
        assertThat(find(Span.class).withText("09:30, 26/11/2026").exists()).isTrue();
        assertThat(find(Anchor.class).withText("In giấy tiếp nhận (Mẫu 01)").exists())
                .isTrue();
    }

    @Test
    void an_empty_code_is_asked_for_and_an_unknown_one_is_said_not_found_in_dossier_terms() {
        test(find(Button.class).withText("Tìm").single()).click();
        assertThat(dialog.code.getErrorMessage()).isEqualTo("Vui lòng nhập mã hồ sơ");

        dossiers.refusal = FakeDossierApi.refused(404, "NOT_FOUND");
        dialog.code.setValue("000.00.00.H00-261126-9999");
        test(find(Button.class).withText("Tìm").single()).click();

        assertThat(notification()).startsWith("Không tìm thấy hồ sơ có mã này");
        assertThat(find(DossierDetails.class).exists()).isFalse();
    }

    @Test
    void only_the_statuses_the_rules_allow_next_are_offered() {
        DossierDetails details = find(FakeDossierApi.CODE);
        assertThat(details.nextStatus.getListDataView().getItems())
                .containsExactly(
                        DossierStatus.PROCESSING,
                        DossierStatus.FINANCIAL_OBLIGATION,
                        DossierStatus.WITHDRAWN,
                        DossierStatus.STOPPED,
                        DossierStatus.RESOLVED);
        assertThat(details.requestSupplement).isNotNull();
        assertThat(details.refuse).isNotNull();

        dossiers.stored = FakeDossierApi.dossier(DossierStatus.RETURNED, null);
        find(FakeDossierApi.CODE);

        assertThat(find(Span.class)
                        .withText("Hồ sơ đã kết thúc, không còn bước nào tiếp theo.")
                        .exists())
                .isTrue();
        assertThat(find(Button.class).withText("Chuyển trạng thái").exists()).isFalse();
        assertThat(find(ApologyForm.class).exists()).isFalse();
    }

    @Test
    void a_status_change_sends_the_chosen_status_with_its_note_and_shows_the_new_one() {
        DossierDetails details = find(FakeDossierApi.CODE);
        details.nextStatus.setValue(DossierStatus.PROCESSING);
        details.note.setValue("Chuyển phòng Tài chính - Kế hoạch");

        test(details.changeStatus).click();

        assertThat(dossiers.changes.getFirst().status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(dossiers.changes.getFirst().note()).isEqualTo("Chuyển phòng Tài chính - Kế hoạch");
        assertThat(details.nextStatus.getListDataView().getItems()).doesNotContain(DossierStatus.PROCESSING);
        assertThat(details.note.getValue()).isEmpty();
    }

    @Test
    void a_stop_needs_its_reason_then_offers_the_stop_notice() {
        DossierDetails details = find(FakeDossierApi.CODE);
        details.nextStatus.setValue(DossierStatus.STOPPED);

        test(details.changeStatus).click();

        assertThat(details.note.isInvalid()).isTrue();
        assertThat(details.note.getErrorMessage())
                .isEqualTo("Dừng giải quyết hồ sơ cần ghi rõ lý do: lý do được in trên thông báo gửi người nộp");
        assertThat(dossiers.changes).isEmpty();

        details.note.setValue("Người nộp đề nghị dừng để bổ sung giấy tờ thừa kế");
        test(details.changeStatus).click();

        assertThat(dossiers.changes.getFirst().note()).isEqualTo("Người nộp đề nghị dừng để bổ sung giấy tờ thừa kế");
        assertThat(find(Anchor.class)
                        .withText("In thông báo dừng giải quyết hồ sơ")
                        .exists())
                .isTrue();
    }

    @Test
    void a_refused_status_change_is_explained_and_the_dossier_read_again() {
        DossierDetails details = find(FakeDossierApi.CODE);
        details.nextStatus.setValue(DossierStatus.RESOLVED);
        dossiers.refusal = FakeDossierApi.refused(409, "DOSSIER_TRANSITION_NOT_ALLOWED");
        dossiers.calls.clear();

        test(details.changeStatus).click();

        assertThat(notification()).startsWith("Hồ sơ không thể chuyển sang trạng thái này");
        // the redraw reads the dossier's hand-overs too
        assertThat(dossiers.calls).containsExactly("status RESOLVED", "dossier " + FakeDossierApi.CODE, "handovers");
    }

    @ParameterizedTest(name = "{0} reads: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "APOLOGY_ALREADY_ISSUED|Hồ sơ này đã được hẹn lại một lần; theo quy định không được hẹn lại lần nữa.",
                "APOLOGY_NEEDS_HEAD|Đơn vị chưa ghi tên người ký văn bản trong thiết lập biểu mẫu: chỉ lãnh đạo mới lập được phiếu xin lỗi, ký bằng tên mình.",
                "DOSSIER_FINISHED|Hồ sơ đã có kết quả hoặc đã kết thúc, không thể hẹn lại ngày trả."
            })
    void every_apology_refusal_is_shown_in_vietnamese(String code, String sentence) {
        DossierDetails details = find(FakeDossierApi.CODE);
        details.apology.reason.setValue("Chờ ý kiến phối hợp của Sở Xây dựng");
        details.apology.newDueDate.setValue(LocalDate.of(2026, 12, 10));
        dossiers.refusal = FakeDossierApi.refused(409, code);

        test(details.apology.issue).click();

        assertThat(notification()).isEqualTo(sentence);
    }

    @Test
    void an_apology_needs_a_reason_and_a_date_after_the_due_date() {
        DossierDetails details = find(FakeDossierApi.CODE);
        details.apology.newDueDate.setValue(LocalDate.of(2026, 12, 3));

        test(details.apology.issue).click();

        assertThat(details.apology.reason.getErrorMessage()).isEqualTo("Vui lòng ghi lý do chậm trả kết quả");
        assertThat(details.apology.newDueDate.getErrorMessage())
                .isEqualTo("Ngày hẹn mới phải sau ngày hẹn cũ (03/12/2026)");
        assertThat(dossiers.calls).doesNotContain("apology");
    }

    @Test
    void an_issued_apology_shows_the_new_date_and_its_slip_and_offers_no_second_one() {
        DossierDetails details = find(FakeDossierApi.CODE);
        details.apology.reason.setValue("Chờ ý kiến phối hợp của Sở Xây dựng");
        details.apology.newDueDate.setValue(LocalDate.of(2026, 12, 10));

        test(details.apology.issue).click();

        assertThat(dossiers.apologies.getFirst().newDueDate()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(dossiers.apologies.getFirst().reason()).isEqualTo("Chờ ý kiến phối hợp của Sở Xây dựng");
        assertThat(details.dossier().rescheduledDueAt()).isEqualTo(LocalDateTime.of(2026, 12, 10, 17, 0));
        assertThat(find(Anchor.class).withText("In phiếu xin lỗi (Mẫu 04)").exists())
                .isTrue();
        assertThat(find(ApologyForm.class).exists()).isFalse();
    }

    @Test
    void the_apology_form_says_the_last_day_the_server_allows() {
        find(FakeDossierApi.CODE);

        assertThat(find(Span.class)
                        .withText(
                                "Phải lập phiếu chậm nhất vào ngày 02/12/2026. Lập sau ngày này vẫn được, nhưng phiếu được ghi là lập muộn.")
                        .exists())
                .isTrue();
    }

    @Test
    void a_hand_over_is_recorded_to_a_department_officer_at_the_time_chosen_and_the_control_slip_is_offered() {
        DossierDetails details = find(FakeDossierApi.CODE);
        assertThat(find(Anchor.class)
                        .withText("In phiếu kiểm soát quá trình giải quyết hồ sơ")
                        .exists())
                .isTrue();
        test(details.recordHandover).click();
        roundTrip();
        HandoverDialog dialog = details.handoverDialog;
        // the first hand-over leaves from the desk: nothing to go back to yet
        assertThat(dialog.backToDesk).isNull();
        assertThat(dialog.at.getValue()).isNotNull();
        dialog.toUnit.setValue("Phòng Tư pháp");
        dialog.toOfficer.setValue("Trần Văn Bình");
        LocalDateTime chosen = LocalDateTime.of(2026, 11, 26, 10, 15);
        dialog.at.setValue(chosen);
        dialog.note.setValue("Thụ lý");

        test(dialog.send).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(dossiers.handovers).singleElement().satisfies(h -> {
            assertThat(h.toUnit()).isEqualTo("Phòng Tư pháp");
            assertThat(h.toOfficer()).isEqualTo("Trần Văn Bình");
            assertThat(h.at())
                    .isEqualTo(chosen.atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
            assertThat(h.note()).isEqualTo("Thụ lý");
        });
        // the next one may send it back to the desk the first one left from
        test(details.recordHandover).click();
        roundTrip();
        test(details.handoverDialog.backToDesk).click();
        assertThat(details.handoverDialog.toUnit.getValue()).isEqualTo("Bộ phận Một cửa");
    }

    @Test
    void a_hand_over_left_at_the_time_offered_is_dated_by_the_server_not_at_the_start_of_the_minute() {
        DossierDetails details = find(FakeDossierApi.CODE);
        test(details.recordHandover).click();
        roundTrip();
        HandoverDialog dialog = details.handoverDialog;
        dialog.toUnit.setValue("Phòng Kinh tế, Hạ tầng và Đô thị");
        dialog.toOfficer.setValue("Nguyễn Văn Hải");

        test(dialog.send).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(dossiers.handoverRequests)
                .singleElement()
                .satisfies(r -> assertThat(r.at()).isNull());
    }

    @Test
    void a_hand_over_without_a_receiver_is_not_sent() {
        DossierDetails details = find(FakeDossierApi.CODE);
        test(details.recordHandover).click();
        roundTrip();
        details.handoverDialog.toUnit.setValue("Phòng Tư pháp");

        test(details.handoverDialog.send).click();

        assertThat(details.handoverDialog.toOfficer.isInvalid()).isTrue();
        assertThat(details.handoverDialog.isOpened()).isTrue();
        assertThat(dossiers.handovers).isEmpty();
    }

    @Test
    void a_supplement_request_sends_one_paper_per_line_and_offers_its_slip() {
        DossierDetails details = find(FakeDossierApi.CODE);
        test(details.requestSupplement).click();
        roundTrip();
        SupplementDialog dialog = details.supplementDialog;
        dialog.items.setValue("Bản sao Giấy khai sinh\n\n  Sơ đồ vị trí thửa đất  \n");
        dialog.note.setValue("Thiếu giấy tờ chứng minh nhân thân");
        LocalDate inAWeek = LocalDate.now().plusWeeks(1);
        dialog.deadline.setValue(inAWeek);

        test(dialog.send).click();

        assertThat(dossiers.supplements.getFirst().items())
                .containsExactly("Bản sao Giấy khai sinh", "Sơ đồ vị trí thửa đất");
        assertThat(dossiers.supplements.getFirst().note()).isEqualTo("Thiếu giấy tờ chứng minh nhân thân");
        assertThat(dossiers.supplements.getFirst().deadline()).isEqualTo(inAWeek);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(details.dossier().status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        assertThat(find(Anchor.class)
                        .withText("In phiếu yêu cầu bổ sung (Mẫu 02)")
                        .exists())
                .isTrue();
    }

    @Test
    void a_supplement_request_without_papers_is_not_sent() {
        DossierDetails details = find(FakeDossierApi.CODE);
        test(details.requestSupplement).click();
        roundTrip();
        details.supplementDialog.items.setValue("  \n ");

        test(details.supplementDialog.send).click();

        assertThat(details.supplementDialog.items.getErrorMessage())
                .isEqualTo("Vui lòng ghi ít nhất một giấy tờ cần bổ sung");
        assertThat(dossiers.calls).doesNotContain("supplement");
    }

    @Test
    void a_refusal_needs_its_reason_then_closes_the_dossier_and_offers_the_slip() {
        DossierDetails details = find(FakeDossierApi.CODE);
        test(details.refuse).click();
        roundTrip();
        RefusalDialog dialog = details.refusalDialog;

        test(dialog.refuse).click();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Vui lòng ghi lý do từ chối");
        assertThat(dossiers.calls).doesNotContain("refusal");

        dialog.reason.setValue("Thủ tục không thuộc thẩm quyền giải quyết của UBND phường");
        test(dialog.refuse).click();

        assertThat(dossiers.refusals.getFirst().reason())
                .isEqualTo("Thủ tục không thuộc thẩm quyền giải quyết của UBND phường");
        assertThat(find(Span.class)
                        .withText("Hồ sơ đã kết thúc, không còn bước nào tiếp theo.")
                        .exists())
                .isTrue();
        assertThat(find(Anchor.class)
                        .withText("In phiếu từ chối tiếp nhận (Mẫu 03)")
                        .exists())
                .isTrue();
    }

    @Test
    void a_refusal_refused_by_the_server_for_a_dossier_already_in_work_is_explained_and_read_again() {
        DossierDetails details = find(FakeDossierApi.CODE);
        test(details.refuse).click();
        roundTrip();
        details.refusalDialog.reason.setValue("Không thuộc thẩm quyền");
        dossiers.refusal = FakeDossierApi.refused(409, "DOSSIER_TRANSITION_NOT_ALLOWED");
        dossiers.calls.clear();

        test(details.refusalDialog.refuse).click();

        assertThat(notification()).startsWith("Hồ sơ không thể chuyển sang trạng thái này");
        assertThat(details.refusalDialog.isOpened()).isFalse();
        assertThat(dossiers.calls).containsExactly("refusal", "dossier " + FakeDossierApi.CODE, "handovers");
    }
}
