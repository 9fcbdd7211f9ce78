package vn.motcua.counter.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.client.api.DossierApplicant;
import vn.motcua.client.api.DossierDelivery;
import vn.motcua.client.api.DossierDocument;
import vn.motcua.client.api.DossierDocumentForm;
import vn.motcua.client.api.DossierRequest;
import vn.motcua.client.api.NotificationChannel;
import vn.motcua.client.api.TicketStatus;
import vn.motcua.client.api.TicketView;
import vn.motcua.counter.testing.FakeDossierApi;
import vn.motcua.counter.testing.ViewTest;

class RegisterDossierDialogTest extends ViewTest {

    private static final TicketView SERVED = new TicketView(
            "t-42", 1, 11, "A042", 42, null, null, TicketStatus.SERVING, 21L, null, 1, null, null, null, null);

    private final List<String> openedDetails = new ArrayList<>();
    private RegisterDossierDialog dialog;

    @BeforeEach
    void openTheForm() {
        backend.procedures.add(FakeDossierApi.BUSINESS);
        dialog = new RegisterDossierDialog(1, ZoneId.of("Asia/Ho_Chi_Minh"), SERVED, openedDetails::add);
        dialog.open();
    }

    private void fillIn() {
        dialog.procedure.setValue(FakeDossierApi.BUSINESS);
        dialog.name.setValue("Nguyễn Văn An");
        dialog.idNumber.setValue("001085012345");
        dialog.address.setValue("12 Lê Lợi, Hoàn Kiếm, Hà Nội");
        dialog.phone.setValue("0912 345 678");
    }

    private void register() {
        test(find(Button.class).withText(vi("dossier.register.submit")).single())
                .click();
    }

    @Test
    void an_empty_form_says_in_plain_vietnamese_what_is_missing_and_asks_nothing_of_the_server() {
        register();

        assertThat(dialog.procedure.getErrorMessage()).isEqualTo("Vui lòng chọn thủ tục hành chính");
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Vui lòng nhập họ và tên người nộp");
        assertThat(dialog.idNumber.getErrorMessage()).isEqualTo("Vui lòng nhập số CCCD");
        assertThat(dialog.address.getErrorMessage()).isEqualTo("Vui lòng nhập địa chỉ");
        assertThat(find(Span.class).withText("Cần ít nhất một giấy tờ đã nhận").exists())
                .isTrue();
        assertThat(dossiers.calls).doesNotContain("register");
    }

    @Test
    void a_wrong_id_number_phone_or_email_is_refused_before_reaching_the_server() {
        fillIn();
        dialog.idNumber.setValue("12345");
        dialog.phone.setValue("12345");
        dialog.email.setValue("an@");

        register();

        assertThat(dialog.idNumber.getErrorMessage()).isEqualTo("Số CCCD gồm 12 chữ số (CMND cũ: 9 chữ số)");
        assertThat(dialog.phone.getErrorMessage()).isEqualTo("Số điện thoại chưa đúng, ví dụ 0912345678");
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Email chưa đúng, ví dụ ten@example.vn");
        assertThat(dossiers.calls).doesNotContain("register");
    }

    @Test
    void choosing_a_procedure_shows_its_days_and_fee_and_prefills_the_papers_to_receive() {
        dialog.procedure.setValue(FakeDossierApi.BUSINESS);

        assertThat(dialog.procedureFacts.getText())
                .isEqualTo("Thời hạn giải quyết: 3 ngày làm việc · Lệ phí: 100.000 đồng");
        assertThat(dialog.documents.documents())
                .containsExactly(
                        new DossierDocument("Giấy đề nghị đăng ký hộ kinh doanh", DossierDocumentForm.ORIGINAL, 1),
                        new DossierDocument("Bản sao CCCD của chủ hộ", DossierDocumentForm.ORIGINAL, 1));
    }

    @Test
    void a_registration_sends_the_desk_the_procedure_applicant_papers_delivery_and_ticket() {
        fillIn();
        DocumentRows.Row copy = dialog.documents.rows().get(1);
        copy.form.setValue(DossierDocumentForm.COPY);
        copy.count.setValue(2);
        dialog.documents.addRow("Giấy uỷ quyền");
        dialog.delivery.setValue(DossierDelivery.POST);

        register();

        DossierRequest sent = dossiers.registered.getFirst();
        assertThat(sent.procedureId()).isEqualTo(7);
        assertThat(sent.applicant().name()).isEqualTo("Nguyễn Văn An");
        assertThat(sent.applicant().idNumber()).isEqualTo("001085012345");
        assertThat(sent.applicant().phone()).isEqualTo("0912345678");
        assertThat(sent.applicant().email()).isNull();
        assertThat(sent.documents())
                .extracting(DossierDocument::name, DossierDocument::form, DossierDocument::count)
                .containsExactly(
                        tuple("Giấy đề nghị đăng ký hộ kinh doanh", DossierDocumentForm.ORIGINAL, 1),
                        tuple("Bản sao CCCD của chủ hộ", DossierDocumentForm.COPY, 2),
                        tuple("Giấy uỷ quyền", DossierDocumentForm.ORIGINAL, 1));
        assertThat(sent.delivery()).isEqualTo(DossierDelivery.POST);
        assertThat(sent.ticketId()).isEqualTo("t-42");
    }

    @Test
    void a_removed_paper_and_an_unticked_ticket_are_not_sent() {
        fillIn();
        test(find(Button.class, dialog.documents.rows().get(1)).withText("Bỏ").single())
                .click();
        dialog.linkTicket.setValue(false);

        register();

        assertThat(dossiers.registered.getFirst().documents()).hasSize(1);
        assertThat(dossiers.registered.getFirst().ticketId()).isNull();
    }

    @Test
    void success_shows_the_dossier_code_the_due_date_and_the_receipt_to_print_in_a_new_tab() {
        fillIn();

        register();

        assertThat(find(Span.class).withClassName("dossier-code").single().getText())
                .isEqualTo(FakeDossierApi.CODE);
        assertThat(find(Span.class).withClassName("dossier-due").single().getText())
                .isEqualTo("Hẹn trả kết quả: 17:00, 03/12/2026");
        Anchor receipt =
                find(Anchor.class).withText("In giấy tiếp nhận (Mẫu 01)").single();
        assertThat(receipt.getHref()).isNotBlank();
        assertThat(receipt.getTarget()).contains("_blank");
        test(find(Button.class).withText("Xem hồ sơ").single()).click();
        assertThat(openedDetails).containsExactly(FakeDossierApi.CODE);
    }

    @Test
    void the_servers_field_errors_land_on_the_field_they_concern_in_vietnamese() {
        fillIn();
        dossiers.refusal = FakeDossierApi.invalid("applicant.idNumber");
        register();
        assertThat(dialog.idNumber.isInvalid()).isTrue();
        assertThat(dialog.idNumber.getErrorMessage()).isEqualTo("Số CCCD chưa hợp lệ");

        dossiers.refusal = FakeDossierApi.invalid("documents.1.count");
        register();
        assertThat(dialog.documents.rows().get(1).count.getErrorMessage()).isEqualTo("Số lượng từ 1 đến 99");
    }

    @Test
    void an_unreachable_server_is_told_apart_and_the_form_keeps_what_was_typed() {
        fillIn();
        dossiers.refusal = FakeDossierApi.refused(0, null);

        register();

        assertThat(test(find(Notification.class).last()).getText()).isEqualTo(vi("error.UNREACHABLE"));
        assertThat(dialog.name.getValue()).isEqualTo("Nguyễn Văn An");
    }

    private static final String CARD =
            "001085012345|012345678|Nguyễn Văn An|26111985|Nam|12 Lê Lợi, Hoàn Kiếm, Hà Nội|15032021|";

    /** What the desk's keyboard-wedge scanner does: types the QR code's text into the focused field, then Enter. */
    private void scan(String text) {
        test(find(TextField.class).withCaption("Quét CCCD").single()).setValue(text);
    }

    @Test
    void the_dialog_opens_on_the_id_card_scan_field() {
        assertThat(dialog.scan.getLabel()).isEqualTo("Quét CCCD");
        assertThat(dialog.scan.isAutofocus()).isTrue();
        assertThat(find(TextField.class).all().getFirst()).isSameAs(dialog.scan);
    }

    @Test
    void a_scanned_id_card_fills_the_applicants_name_number_and_address_and_nothing_else() {
        scan(CARD);

        assertThat(dialog.name.getValue()).isEqualTo("Nguyễn Văn An");
        assertThat(dialog.idNumber.getValue()).isEqualTo("001085012345");
        assertThat(dialog.address.getValue()).isEqualTo("12 Lê Lợi, Hoàn Kiếm, Hà Nội");
        assertThat(dialog.phone.getValue()).isEmpty();
        assertThat(dialog.scan.getValue()).isEmpty();
        assertThat(dialog.scan.isInvalid()).isFalse();
        assertThat(dossiers.calls).doesNotContain("register");
    }

    @Test
    void a_dossier_registered_from_a_scanned_card_carries_the_cards_applicant() {
        dialog.procedure.setValue(FakeDossierApi.BUSINESS);
        scan(CARD);

        register();

        assertThat(dossiers.registered.getFirst().applicant()).satisfies(applicant -> {
            assertThat(applicant.name()).isEqualTo("Nguyễn Văn An");
            assertThat(applicant.idNumber()).isEqualTo("001085012345");
            assertThat(applicant.address()).isEqualTo("12 Lê Lợi, Hoàn Kiếm, Hà Nội");
        });
    }

    @Test
    void a_scan_that_is_not_an_id_card_says_so_and_fills_nothing() {
        scan("https://motcua.example.gov.vn/d/H00-1?k=abc");

        assertThat(dialog.scan.isInvalid()).isTrue();
        assertThat(dialog.scan.getErrorMessage()).isEqualTo("Mã vừa quét không phải mã QR trên thẻ CCCD");
        assertThat(dialog.name.getValue()).isEmpty();
        assertThat(dialog.idNumber.getValue()).isEmpty();
    }

    @Test
    void the_applicant_is_told_only_on_the_channels_ticked_and_each_needs_its_phone_or_email() {
        fillIn();
        dialog.phone.clear();
        dialog.notifyBy.setValue(Set.of(NotificationChannel.ZALO, NotificationChannel.EMAIL));

        register();

        assertThat(dialog.notifyBy.getErrorMessage())
                .isEqualTo("Cần số điện thoại di động để nhận thông báo qua SMS hoặc Zalo");
        assertThat(dossiers.calls).doesNotContain("register");

        dialog.phone.setValue("0912 345 678");
        register();
        assertThat(dialog.notifyBy.getErrorMessage()).isEqualTo("Cần email để nhận thông báo qua email");
        assertThat(dossiers.calls).doesNotContain("register");

        dialog.email.setValue("nguyen.van.an@example.vn");
        dialog.notifyLanguage.setValue("en");
        register();

        DossierApplicant sent = dossiers.registered.getFirst().applicant();
        assertThat(sent.notifyBy()).containsExactly(NotificationChannel.EMAIL, NotificationChannel.ZALO);
        assertThat(sent.notifyLanguage()).isEqualTo("en");
    }

    @Test
    void an_applicant_who_ticks_nothing_asks_for_no_messages() {
        fillIn();

        register();

        DossierApplicant sent = dossiers.registered.getFirst().applicant();
        assertThat(sent.notifyBy()).isEmpty();
        assertThat(sent.notifyLanguage()).isEqualTo("vi");
    }
}
