package vn.motcua.counter.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;

import org.junit.jupiter.api.Test;

import vn.motcua.client.ApiException;
import vn.motcua.client.api.Role;
import vn.motcua.counter.shared.Routes;
import vn.motcua.counter.signin.PlaceView;
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
        assertThat(navigate(Routes.ADMIN, PlaceView.class)).isNotNull();
        signInAt(null, Role.CLERK);
        assertThat(navigate(Routes.ADMIN, PlaceView.class)).isNotNull();
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
        assertThat(backend.calls).endsWith(
                "addArea AreaRequest[code=TUPHAP, name=Tư pháp - Hộ tịch, nameEn=null, prefix=D, dailyLimit=null, active=true]",
                "office");
    }

    @Test
    void a_prefix_the_server_finds_taken_is_shown_on_the_prefix_field() {
        open("Lĩnh vực");
        AreasTab areas = find(AreasTab.class).single();
        test(areas.grid).select(0);
        backend.refusal = refused("prefix", "Already used by another service area of this office");
        test(areas.save).click();
        assertThat(backend.calls).contains("updateArea 11 AreaRequest[code=DAUTU, name=Đầu tư - Kế hoạch, nameEn=Investment, "
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
        assertThat(backend.calls).contains("addCounter CounterRequest[number=2, name=Quầy 3, areaIds=[11], active=true]");
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
        test(staff.add).click();
        assertThat(staff.username.getErrorMessage()).startsWith("Tên đăng nhập dài 3–60 ký tự");
        assertThat(staff.password.getErrorMessage()).isEqualTo("Mật khẩu cần ít nhất 10 ký tự");
        assertThat(staff.roles.getErrorMessage()).isEqualTo("Chọn ít nhất một vai trò");
        assertThat(backend.calls).noneMatch(c -> c.startsWith("addStaff"));

        test(staff.username).setValue("canbo1");
        test(staff.password).setValue("motcua2026-mai");
        test(staff.roles).selectItems("Cán bộ tiếp nhận", "Lãnh đạo");
        backend.refusal = refused("username", "This username is already taken");
        test(staff.add).click();
        assertThat(staff.username.getErrorMessage()).isEqualTo("Tên đăng nhập này đã có người dùng");
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
        assertThat(find(Span.class, dialog).withClassName("device-secret").single().getText()).isEqualTo("s3cret-1");
        assertThat(find(Span.class, dialog).withClassName("pairing-url").single().getText())
                .isEqualTo("http://localhost:8081/pair?code=TB-1").doesNotContain("s3cret");
        assertThat(find(Image.class, dialog).exists()).isTrue();
        assertThat(PairingQr.png(PairingQr.url("TB-1"))).startsWith(0x89, 'P', 'N', 'G');

        test(find(Button.class, dialog).withText("Tôi đã ghi lại, đóng").single()).click();
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
}
