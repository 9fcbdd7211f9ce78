package vn.motcua.counter.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.AppointmentArea;
import vn.motcua.client.api.FormRegime;
import vn.motcua.client.api.PhoneTicketSettings;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.ServiceNorms;
import vn.motcua.client.api.StaffView;
import vn.motcua.counter.shared.Routes;
import vn.motcua.counter.testing.FakeBackend;
import vn.motcua.counter.testing.ViewTest;

class AdminViewTest extends ViewTest {

    private void open(String tab) {
        signInAt(null, Role.ADMIN);
        navigate(AdminView.class);
        test(find(TabSheet.class).single()).select(tab);
    }

    private static ApiException refused(String field, String message) {
        return new ApiException(400, "INVALID_FIELDS", "Invalid", List.of(Map.of("field", field, "message", message)));
    }

    @Test
    void a_head_or_clerk_is_turned_away_from_administration() {
        signInAt(null, Role.HEAD);
        assertThat(follow(Routes.ADMIN)).isNotInstanceOf(AdminView.class);
        signInAt(null, Role.CLERK);
        assertThat(follow(Routes.ADMIN)).isNotInstanceOf(AdminView.class);
    }

    @Test
    void an_empty_area_form_says_in_vietnamese_what_is_missing() {
        open("Lĩnh vực");
        AreasTab areas = find(AreasTab.class).single();
        test(areas.prefix).setValue("a1");
        test(areas.dailyLimit).setValue(0);
        test(areas.save).click();
        assertThat(areas.code.getErrorMessage()).isEqualTo("Vui lòng nhập mã lĩnh vực");
        assertThat(areas.name.getErrorMessage()).isEqualTo("Vui lòng nhập tên lĩnh vực");
        assertThat(areas.prefix.getErrorMessage()).isEqualTo("Một hoặc hai chữ cái in hoa, ví dụ A hoặc DT");
        assertThat(areas.dailyLimit.getErrorMessage()).isEqualTo("Giới hạn phải từ 1 đến 999 số mỗi ngày");
        assertThat(backend.calls).noneMatch(c -> c.startsWith("addArea"));
    }

    @Test
    void a_valid_area_is_sent_and_the_office_read_again() {
        open("Lĩnh vực");
        AreasTab areas = find(AreasTab.class).single();
        test(areas.code).setValue("TUPHAP");
        test(areas.name).setValue("Tư pháp - Hộ tịch");
        test(areas.prefix).setValue("D");
        test(areas.save).click();
        assertThat(backend.calls)
                .endsWith(
                        "addArea AreaRequest[code=TUPHAP, name=Tư pháp - Hộ tịch, nameEn=null, prefix=D, dailyLimit=null, active=true]",
                        "office");
    }

    @Test
    void after_an_area_is_added_the_form_is_empty_again_and_shows_no_error() {
        open("Lĩnh vực");
        AreasTab areas = find(AreasTab.class).single();
        test(areas.code).setValue("TUPHAP");
        test(areas.name).setValue("Tư pháp - Hộ tịch");
        test(areas.prefix).setValue("D");
        test(areas.save).click();
        assertThat(List.of(areas.code, areas.name, areas.nameEn, areas.prefix)).allSatisfy(field -> {
            assertThat(field.getValue()).isEmpty();
            assertThat(field.isInvalid()).isFalse();
        });
        assertThat(areas.save.getText()).isEqualTo("Thêm");
    }

    @Test
    void after_a_counter_is_added_the_form_is_empty_again_and_shows_no_error() {
        open("Quầy");
        CountersTab counters = find(CountersTab.class).single();
        test(counters.number).setValue(3);
        test(counters.name).setValue("Quầy 3");
        test(counters.areas).selectItem("A · Đầu tư - Kế hoạch");
        test(counters.save).click();
        assertThat(backend.calls)
                .contains("addCounter CounterRequest[number=3, name=Quầy 3, areaIds=[11], active=true]");
        assertThat(counters.number.getValue()).isNull();
        assertThat(counters.name.getValue()).isEmpty();
        assertThat(counters.areas.getValue()).isEmpty();
        assertThat(List.of(counters.number.isInvalid(), counters.name.isInvalid(), counters.areas.isInvalid()))
                .containsOnly(false);
    }

    @Test
    void a_prefix_the_server_finds_taken_is_shown_on_the_prefix_field() {
        open("Lĩnh vực");
        AreasTab areas = find(AreasTab.class).single();
        test(areas.grid).select(0);
        backend.refusal = refused("prefix", "Already used by another service area of this office");
        test(areas.save).click();
        assertThat(backend.calls)
                .contains("updateArea 11 AreaRequest[code=DAUTU, name=Đầu tư - Kế hoạch, nameEn=Investment, "
                        + "prefix=A, dailyLimit=null, active=true]");
        assertThat(areas.prefix.isInvalid()).isTrue();
        assertThat(areas.prefix.getErrorMessage()).isEqualTo("Chữ cái này đã được một lĩnh vực khác của đơn vị dùng");
        assertThat(areas.code.isInvalid()).isFalse();
    }

    @Test
    void a_counter_needs_a_number_a_name_and_at_least_one_service_area() {
        open("Quầy");
        CountersTab counters = find(CountersTab.class).single();
        test(counters.save).click();
        assertThat(counters.number.getErrorMessage()).isEqualTo("Vui lòng nhập số quầy");
        assertThat(counters.name.getErrorMessage()).isEqualTo("Vui lòng nhập tên quầy");
        assertThat(counters.areas.getErrorMessage()).isEqualTo("Chọn ít nhất một lĩnh vực quầy phục vụ");
        assertThat(backend.calls).noneMatch(c -> c.startsWith("addCounter"));
    }

    @Test
    void a_counter_number_already_used_is_shown_on_the_number_field() {
        open("Quầy");
        CountersTab counters = find(CountersTab.class).single();
        test(counters.number).setValue(2);
        test(counters.name).setValue("Quầy 3");
        test(counters.areas).selectItem("A · Đầu tư - Kế hoạch");
        backend.refusal = refused("number", "Already used by another counter of this office");
        test(counters.save).click();
        assertThat(backend.calls)
                .contains("addCounter CounterRequest[number=2, name=Quầy 3, areaIds=[11], active=true]");
        assertThat(counters.number.getErrorMessage()).isEqualTo("Số quầy này đã có trong đơn vị");
    }

    @Test
    void a_new_staff_account_needs_a_proper_username_a_long_password_and_a_role() {
        open("Cán bộ");
        StaffTab staff = find(StaffTab.class).single();
        test(staff.username).setValue("Cán Bộ");
        test(staff.fullName).setValue("Lê Thị Mai");
        test(staff.password).setValue("ngan");
        test(staff.roles).deselectAll();
        test(staff.save).click();
        assertThat(staff.username.getErrorMessage()).startsWith("Tên đăng nhập dài 3–60 ký tự");
        assertThat(staff.password.getErrorMessage()).isEqualTo("Mật khẩu cần ít nhất 12 ký tự");
        assertThat(staff.roles.getErrorMessage()).isEqualTo("Chọn ít nhất một vai trò");
        assertThat(backend.calls).noneMatch(c -> c.startsWith("addStaff"));

        test(staff.username).setValue("canbo1");
        test(staff.password).setValue("motcua2026-mai");
        test(staff.roles).selectItems("Cán bộ tiếp nhận", "Lãnh đạo");
        backend.refusal = refused("username", "This username is already taken");
        test(staff.save).click();
        assertThat(staff.username.getErrorMessage()).isEqualTo("Tên đăng nhập này đã có người dùng");
    }

    @Test
    void an_areas_appointment_slots_are_read_from_the_server_and_saved() {
        backend.appointmentAreas.put(FakeBackend.AREA_A, new AppointmentArea(FakeBackend.AREA_A, 15, 3, true));
        open("Lịch hẹn");
        AppointmentsTab tab = find(AppointmentsTab.class).single();
        assertThat(tab.rows.get(FakeBackend.AREA_A).slotMinutes().getValue()).isEqualTo(15);
        assertThat(tab.rows.get(FakeBackend.AREA_A).active().getValue()).isTrue();
        assertThat(tab.rows.get(FakeBackend.AREA_C).slotMinutes().isEmpty()).isTrue();

        AppointmentsTab.Row land = tab.rows.get(FakeBackend.AREA_C);
        test(land.slotMinutes()).setValue(30);
        test(land.capacity()).setValue(2);
        test(land.active()).click();
        test(land.save()).click();

        assertThat(backend.calls).endsWith("setAppointmentArea");
        assertThat(backend.appointmentAreas.get(FakeBackend.AREA_C))
                .isEqualTo(new AppointmentArea(FakeBackend.AREA_C, 30, 2, true));
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Đã lưu lịch hẹn của lĩnh vực.");
    }

    @Test
    void the_offices_tickets_from_the_phone_are_read_from_the_server_and_saved() {
        backend.phoneTickets = new PhoneTicketSettings(true, 150, 4);
        open("Lịch hẹn");
        PhoneTicketsSection section = find(AppointmentsTab.class).single().phoneTickets;
        assertThat(section.enabled.getValue()).isTrue();
        assertThat(section.dailyCap.getValue()).isEqualTo(150);
        assertThat(section.notifyAhead.getValue()).isEqualTo(4);

        test(section.enabled).click();
        test(section.notifyAhead).setValue(2);
        test(section.save).click();

        assertThat(backend.calls).endsWith("setPhoneTickets");
        assertThat(backend.phoneTickets).isEqualTo(new PhoneTicketSettings(false, 150, 2));
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Đã lưu cách lấy số từ xa.");

        backend.refusal = refused("notifyAhead", "must be at most 50");
        test(section.save).click();
        assertThat(section.notifyAhead.isInvalid()).isTrue();
        assertThat(section.notifyAhead.getErrorMessage()).isEqualTo("Số người chờ trước từ 1 đến 50");
    }

    @Test
    void the_service_norms_are_read_from_the_server_and_saved_per_area() {
        backend.norms =
                new ServiceNorms(30, null, false, List.of(new ServiceNorms.AreaNorm(FakeBackend.AREA_A, 15, null)));
        open("Định mức phục vụ");
        NormsTab norms = find(NormsTab.class).single();
        assertThat(norms.maxWaitingTickets.getValue()).isEqualTo(30);
        assertThat(norms.areaFields.get(FakeBackend.AREA_A)[0].getValue()).isEqualTo(15);
        assertThat(norms.areaFields.get(FakeBackend.AREA_A)[0].getLabel()).isEqualTo("Thời gian chờ tối đa");

        test(norms.idleCounterMinutes).setValue(10);
        test(norms.areaFields.get(FakeBackend.AREA_C)[1]).setValue(45);
        test(norms.emailAlerts).click();
        test(norms.save).click();

        assertThat(backend.calls).endsWith("setServiceNorms");
        assertThat(backend.norms.idleCounterMinutes()).isEqualTo(10);
        assertThat(backend.norms.emailAlerts()).isTrue();
        assertThat(backend.norms.areas())
                .contains(
                        new ServiceNorms.AreaNorm(FakeBackend.AREA_A, 15, null),
                        new ServiceNorms.AreaNorm(FakeBackend.AREA_C, null, 45));
        assertThat(test(find(Notification.class).last()).getText()).startsWith("Đã lưu định mức");
    }

    @Test
    void a_norm_the_server_refuses_is_marked_on_its_field_in_vietnamese() {
        open("Định mức phục vụ");
        NormsTab norms = find(NormsTab.class).single();
        backend.refusal = refused("idleCounterMinutes", "Must be whole minutes from 1 to 480.");
        test(norms.save).click();
        assertThat(norms.idleCounterMinutes.isInvalid()).isTrue();
        assertThat(norms.idleCounterMinutes.getErrorMessage()).isEqualTo("Số phút phải từ 1 đến 480");
    }

    @Test
    void the_display_board_notice_is_read_from_the_server_and_saved_trimmed() {
        backend.notice = "Chiều nay nghỉ từ 16 giờ";
        open("Bảng hiển thị");
        NoticeTab notice = find(NoticeTab.class).single();
        assertThat(notice.text.getLabel()).isEqualTo("Thông báo bảng hiển thị");
        assertThat(notice.text.getValue()).isEqualTo("Chiều nay nghỉ từ 16 giờ");

        test(notice.text).setValue("  Từ 01/12 nhận hồ sơ đất đai vào buổi sáng ");
        test(notice.save).click();

        assertThat(backend.calls).endsWith("setNotice Từ 01/12 nhận hồ sơ đất đai vào buổi sáng");
        assertThat(test(find(Notification.class).last()).getText()).startsWith("Đã lưu thông báo");
    }

    @Test
    void a_notice_longer_than_300_characters_is_refused_in_vietnamese_before_sending() {
        open("Bảng hiển thị");
        NoticeTab notice = find(NoticeTab.class).single();
        test(notice.text).setValue("a".repeat(301));
        test(notice.save).click();
        assertThat(notice.text.isInvalid()).isTrue();
        assertThat(notice.text.getErrorMessage()).isEqualTo("Thông báo dài tối đa 300 ký tự");
        assertThat(backend.calls).noneMatch(c -> c.startsWith("setNotice"));

        test(notice.text).setValue("a".repeat(300));
        test(notice.save).click();
        assertThat(backend.calls).contains("setNotice " + "a".repeat(300));
    }

    @Test
    void an_empty_notice_takes_it_off_the_board() {
        backend.notice = "Chiều nay nghỉ từ 16 giờ";
        open("Bảng hiển thị");
        NoticeTab notice = find(NoticeTab.class).single();
        test(notice.text).setValue("");
        test(notice.save).click();
        assertThat(backend.calls).endsWith("setNotice ");
        assertThat(test(find(Notification.class).last()).getText()).startsWith("Đã bỏ thông báo");
    }

    @Test
    void a_notice_the_server_refuses_is_shown_on_the_field_in_vietnamese() {
        open("Bảng hiển thị");
        NoticeTab notice = find(NoticeTab.class).single();
        test(notice.text).setValue("Thông báo");
        backend.refusal = refused("text", "size must be between 0 and 300");
        test(notice.save).click();
        assertThat(notice.text.getErrorMessage()).isEqualTo("Thông báo dài tối đa 300 ký tự");
    }

    @Test
    void a_rating_tablet_must_name_its_counter() {
        open("Thiết bị");
        DevicesTab devices = find(DevicesTab.class).single();
        test(devices.add).click();
        assertThat(devices.kind.getErrorMessage()).isEqualTo("Chọn loại thiết bị");
        test(devices.kind).selectItem("Máy đánh giá tại quầy");
        test(devices.add).click();
        assertThat(devices.counter.getErrorMessage()).isEqualTo("Máy đánh giá phải gắn với một quầy");
        assertThat(backend.calls).noneMatch(c -> c.startsWith("addDevice"));
    }

    @Test
    void a_new_devices_secret_is_shown_once_with_a_pairing_qr_code() {
        open("Thiết bị");
        DevicesTab devices = find(DevicesTab.class).single();
        test(devices.kind).selectItem("Máy lấy số (kiosk)");
        test(devices.add).click();
        assertThat(backend.calls).contains("addDevice KIOSK null");
        SecretDialog dialog = find(SecretDialog.class).single();
        assertThat(find(Span.class, dialog)
                        .withClassName("device-secret")
                        .single()
                        .getText())
                .isEqualTo("s3cret-1");
        assertThat(find(Span.class, dialog)
                        .withClassName("pairing-url")
                        .single()
                        .getText())
                .isEqualTo("http://localhost:8081/pair?code=TB-1")
                .doesNotContain("s3cret");
        assertThat(find(Image.class, dialog).exists()).isTrue();
        assertThat(PairingQr.png(PairingQr.url("TB-1"))).startsWith(0x89, 'P', 'N', 'G');

        test(find(Button.class, dialog).withText("Tôi đã ghi lại, đóng").single())
                .click();
        assertThat(find(SecretDialog.class).exists()).isFalse();
        assertThat(find(Span.class).withText("s3cret-1").exists()).isFalse();
        assertThat(test(devices.grid).size()).isEqualTo(1);
        assertThat(test(devices.grid).getCellText(0, 0)).isEqualTo("TB-1");
    }

    @Test
    void revoking_a_device_asks_first_and_cancel_keeps_it() {
        open("Thiết bị");
        DevicesTab devices = find(DevicesTab.class).single();
        test(devices.kind).selectItem("Màn hình gọi số");
        test(devices.add).click();
        test(find(Button.class).withText("Tôi đã ghi lại, đóng").single()).click();
        backend.calls.clear();

        test((Button) test(devices.grid).getCellComponent(0, 5)).click();
        assertThat(backend.calls).isEmpty();
        test(find(Button.class).withClassName("revoke-no").single()).click();
        assertThat(backend.calls).isEmpty();

        test((Button) test(devices.grid).getCellComponent(0, 5)).click();
        test(find(Button.class).withClassName("revoke-yes").single()).click();
        assertThat(backend.calls).containsExactly("revokeDevice 1", "office", "devices");
        assertThat(test(devices.grid).getCellText(0, 4)).startsWith("Đã thu hồi");
    }

    @Test
    void a_new_secret_is_asked_first_and_shown_once_with_the_pairing_qr_code() {
        open("Thiết bị");
        DevicesTab devices = find(DevicesTab.class).single();
        test(devices.kind).selectItem("Màn hình gọi số");
        test(devices.add).click();
        test(find(Button.class).withText("Tôi đã ghi lại, đóng").single()).click();
        backend.calls.clear();

        test((Button) test(devices.grid).getCellComponent(0, 6)).click();
        test(find(Button.class).withClassName("new-secret-no").single()).click();
        assertThat(backend.calls).isEmpty();

        test((Button) test(devices.grid).getCellComponent(0, 6)).click();
        test(find(Button.class).withClassName("new-secret-yes").single()).click();

        assertThat(backend.calls).containsExactly("resetDeviceSecret 1", "devices");
        SecretDialog dialog = find(SecretDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Mã bí mật mới của thiết bị TB-1");
        assertThat(find(Span.class, dialog).withText("m0i-1").exists()).isTrue();
        assertThat(find(Image.class, dialog).exists()).isTrue();
        test(find(Button.class, dialog).withText("Tôi đã ghi lại, đóng").single())
                .click();
        assertThat(find(Span.class).withText("m0i-1").exists()).isFalse();
    }

    @Test
    void choosing_an_account_edits_its_name_and_roles_but_not_its_username() {
        backend.staff.add(new StaffView(2, "canbo2", "Trần Thị Bình", true, Set.of(Role.CLERK), null));
        open("Cán bộ");
        StaffTab staff = find(StaffTab.class).single();
        test(staff.grid).select(1);
        assertThat(staff.username.isReadOnly()).isTrue();
        assertThat(staff.password.isVisible()).isFalse();
        assertThat(staff.fullName.getValue()).isEqualTo("Trần Thị Bình");

        test(staff.fullName).setValue("  Trần Thị Bình An ");
        test(staff.roles).selectItems("Cán bộ tiếp nhận", "Lãnh đạo");
        test(staff.save).click();

        assertThat(backend.calls).anyMatch(c -> c.startsWith("updateStaff 2 Trần Thị Bình An ["));
        assertThat(backend.staff.get(1).roles()).containsExactlyInAnyOrder(Role.CLERK, Role.HEAD);
        assertThat(staff.username.isReadOnly()).isFalse();
    }

    @Test
    void an_admin_records_a_staff_email_address_and_a_wrong_one_is_refused_on_the_field() {
        backend.staff.add(new StaffView(2, "lanhdao", "Lê Văn Trưởng", true, Set.of(Role.HEAD), null));
        open("Cán bộ");
        StaffTab staff = find(StaffTab.class).single();
        test(staff.grid).select(1);
        assertThat(staff.email.isVisible()).isTrue();

        test(staff.email).setValue("truong");
        test(staff.save).click();
        assertThat(backend.calls).noneMatch(c -> c.startsWith("updateStaff"));
        assertThat(staff.email.isInvalid()).isTrue();

        test(staff.email).setValue("truong@example.vn");
        test(staff.save).click();
        assertThat(backend.calls).anyMatch(c -> c.equals("updateStaff 2 Lê Văn Trưởng [HEAD] truong@example.vn"));
        assertThat(backend.staff.get(1).email()).isEqualTo("truong@example.vn");
        test(staff.grid).select(1);
        assertThat(staff.email.getValue()).isEqualTo("truong@example.vn");
    }

    @Test
    void a_new_account_is_made_with_the_email_address_typed_on_its_form() {
        open("Cán bộ");
        StaffTab staff = find(StaffTab.class).single();
        assertThat(staff.email.isVisible()).isTrue();
        test(staff.username).setValue("lanhdao2");
        test(staff.fullName).setValue("Lê Văn Trưởng");
        test(staff.password).setValue("motcua2026-mai");
        test(staff.roles).selectItems("Lãnh đạo");
        test(staff.email).setValue("truong@example.vn");
        test(staff.save).click();

        assertThat(backend.calls)
                .anyMatch(c -> c.startsWith("addStaff lanhdao2 [") && c.endsWith("] truong@example.vn"));
    }

    @Test
    void locking_an_account_asks_first_and_cancel_keeps_it_open() {
        backend.staff.add(new StaffView(2, "canbo2", "Trần Thị Bình", true, Set.of(Role.CLERK), null));
        open("Cán bộ");
        StaffTab staff = find(StaffTab.class).single();
        test(staff.grid).select(1);
        assertThat(staff.lock.getText()).isEqualTo("Khoá tài khoản");

        test(staff.lock).click();
        test(find(Button.class).withClassName("lock-no").single()).click();
        assertThat(backend.calls).noneMatch(c -> c.startsWith("lockStaff"));

        test(staff.lock).click();
        test(find(Button.class).withClassName("lock-yes").single()).click();
        assertThat(backend.calls).contains("lockStaff 2");
        assertThat(test(staff.grid).getCellText(1, 3)).isEqualTo("Đã khoá");

        test(staff.grid).select(1);
        assertThat(staff.lock.getText()).isEqualTo("Mở khoá tài khoản");
        test(staff.lock).click();
        test(find(Button.class).withClassName("lock-yes").single()).click();
        assertThat(backend.calls).contains("unlockStaff 2");
        assertThat(test(staff.grid).getCellText(1, 3)).isEqualTo("Đang hoạt động");
    }

    @Test
    void an_admin_cannot_lock_their_own_account_nor_drop_their_own_admin_role() {
        backend.staff.set(0, new StaffView(1, "canbo1", "Nguyễn Văn An", true, Set.of(Role.ADMIN), null));
        open("Cán bộ");
        StaffTab staff = find(StaffTab.class).single();
        test(staff.grid).select(0);
        assertThat(staff.lock.isEnabled()).isFalse();

        test(staff.roles).deselectAll();
        test(staff.roles).selectItem("Lãnh đạo");
        test(staff.save).click();

        assertThat(staff.roles.getErrorMessage()).startsWith("Bạn không thể tự bỏ vai trò Quản trị");
        assertThat(backend.calls).noneMatch(c -> c.startsWith("updateStaff"));
    }

    @Test
    void a_temporary_password_needs_ten_characters_before_it_is_sent() {
        open("Cán bộ");
        StaffTab staff = find(StaffTab.class).single();
        test(staff.grid).select(0);
        test(staff.reset).click();
        ResetPasswordDialog dialog = find(ResetPasswordDialog.class).single();

        test(dialog.password).setValue("ngan");
        test(dialog.yes).click();
        assertThat(dialog.password.getErrorMessage()).isEqualTo("Mật khẩu cần ít nhất 12 ký tự");
        assertThat(backend.calls).noneMatch(c -> c.startsWith("resetPassword"));

        test(dialog.password).setValue("tam-thoi-2026");
        test(dialog.yes).click();
        assertThat(backend.calls).contains("resetPassword 1 tam-thoi-2026");
        assertThat(find(ResetPasswordDialog.class).exists()).isFalse();
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Đã đặt mật khẩu tạm thời cho canbo1.");
    }

    @Test
    void the_office_settings_say_in_vietnamese_what_is_wrong_before_sending() {
        open("Đơn vị");
        OfficeTab office = find(OfficeTab.class).single();
        assertThat(office.name.getValue()).isEqualTo("Trung tâm Phục vụ hành chính công");
        test(office.agencyCode).setValue("000.00.00.h00");
        test(office.opensAt).setValue(LocalTime.of(17, 0));
        test(office.closesAt).setValue(LocalTime.of(7, 30));
        test(office.priorityRun).setValue(0);
        test(office.save).click();

        assertThat(office.agencyCode.getErrorMessage()).startsWith("Mã định danh chỉ gồm chữ số, chữ in hoa");
        assertThat(office.closesAt.getErrorMessage()).isEqualTo("Giờ đóng cửa phải sau giờ mở cửa");
        assertThat(office.priorityRun.getErrorMessage()).isEqualTo("Số ưu tiên liên tiếp phải từ 1 đến 20");
        assertThat(backend.calls).noneMatch(c -> c.startsWith("updateOffice"));
    }

    @Test
    void valid_office_settings_are_sent_and_the_office_read_again() {
        open("Đơn vị");
        OfficeTab office = find(OfficeTab.class).single();
        test(office.opensAt).setValue(LocalTime.of(7, 30));
        test(office.closesAt).setValue(LocalTime.of(17, 0));
        test(office.openOnSaturday).click();
        test(office.priorityRun).setValue(4);
        test(office.save).click();

        assertThat(backend.calls)
                .endsWith(
                        "updateOffice OfficeSettings[name=Trung tâm Phục vụ hành chính công, "
                                + "agencyCode=000.00.00.H00, opensAt=07:30, closesAt=17:00, openOnSaturday=false, openOnSunday=false, priorityRun=4]",
                        "office");
        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("Đã lưu thông tin của “Trung tâm Phục vụ hành chính công”.");
    }

    @Test
    void office_settings_the_server_refuses_are_shown_on_their_field_in_vietnamese() {
        open("Đơn vị");
        OfficeTab office = find(OfficeTab.class).single();
        test(office.opensAt).setValue(LocalTime.of(7, 30));
        test(office.closesAt).setValue(LocalTime.of(17, 0));
        backend.refusal = refused("closesAt", "Closing time must be after opening time");
        test(office.save).click();
        assertThat(office.closesAt.isInvalid()).isTrue();
        assertThat(office.closesAt.getErrorMessage()).isEqualTo("Giờ đóng cửa phải sau giờ mở cửa");
        assertThat(office.opensAt.isInvalid()).isFalse();
    }

    @Test
    void the_printed_forms_show_the_offices_settings_and_a_change_of_regime_and_telephone_is_sent() {
        open("Đơn vị");
        FormSettings forms = find(OfficeTab.class).single().forms;
        assertThat(forms.locality.getValue()).isEqualTo("Phú Thọ");
        assertThat(forms.formRegime.getValue()).isEqualTo(FormRegime.TT03_2025);

        test(forms.contactPhone).setValue("0210 3846 999");
        test(forms.formRegime).selectItem("Thông tư 01/2018/TT-VPCP (mọi hồ sơ)");
        test(forms.save).click();

        assertThat(backend.calls)
                .contains("updateOfficeForms OfficeForms[locality=Phú Thọ, agencyHeader=UBND TỈNH PHÚ THỌ, "
                        + "signerName=Nguyễn Văn Hùng, signerTitle=GIÁM ĐỐC, contactPhone=0210 3846 999, "
                        + "formRegime=TT01_2018]");
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Đã lưu thông tin in trên biểu mẫu.");
    }

    @Test
    void a_telephone_the_server_refuses_is_shown_on_its_field_in_vietnamese() {
        open("Đơn vị");
        FormSettings forms = find(OfficeTab.class).single().forms;
        backend.refusal = refused("contactPhone", "must match");

        test(forms.save).click();

        assertThat(forms.contactPhone.isInvalid()).isTrue();
        assertThat(forms.contactPhone.getErrorMessage())
                .isEqualTo("Số điện thoại tối đa 30 ký tự: chữ số, dấu cách và + . ( ) -");
    }
}
