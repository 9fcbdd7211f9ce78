package vn.motcua.counter.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.Role;
import vn.motcua.counter.console.ConsoleView;
import vn.motcua.counter.signin.PlaceView;
import vn.motcua.counter.signin.SignInView;
import vn.motcua.counter.testing.FakeBackend;
import vn.motcua.counter.testing.ViewTest;

class ChangePasswordDialogTest extends ViewTest {

    private ChangePasswordDialog openFromTheTopBar() {
        signInAt(FakeBackend.COUNTER_1, Role.CLERK);
        navigate(ConsoleView.class);
        Button button = find(Button.class).withClassName("top-bar-password").single();
        assertThat(button.getText()).isEqualTo("Đổi mật khẩu");
        test(button).click();
        return find(ChangePasswordDialog.class).single();
    }

    @Test
    void a_short_or_mistyped_new_password_is_refused_in_vietnamese_before_sending() {
        ChangePasswordDialog dialog = openFromTheTopBar();
        test(dialog.save).click();
        assertThat(dialog.current.getErrorMessage()).isEqualTo("Vui lòng nhập mật khẩu hiện tại");

        test(dialog.current).setValue(FakeBackend.PASSWORD);
        test(dialog.fresh).setValue("ngan");
        test(dialog.repeated).setValue("khac");
        test(dialog.save).click();

        assertThat(dialog.fresh.getErrorMessage()).isEqualTo("Mật khẩu mới cần ít nhất 12 ký tự");
        assertThat(dialog.repeated.getErrorMessage()).isEqualTo("Hai lần nhập mật khẩu mới chưa giống nhau");
        assertThat(backend.calls).noneMatch(c -> c.startsWith("changeOwnPassword"));
    }

    @Test
    void a_wrong_current_password_is_shown_on_its_field() {
        ChangePasswordDialog dialog = openFromTheTopBar();
        test(dialog.current).setValue("sai-mat-khau");
        test(dialog.fresh).setValue("mat-khau-moi-2026");
        test(dialog.repeated).setValue("mat-khau-moi-2026");
        backend.refusal = new ApiException(
                400,
                "INVALID_FIELDS",
                "Invalid",
                List.of(Map.of("field", "currentPassword", "message", "The current password is wrong")));
        test(dialog.save).click();

        assertThat(dialog.current.isInvalid()).isTrue();
        assertThat(dialog.current.getErrorMessage()).isEqualTo("Mật khẩu hiện tại không đúng");
        assertThat(find(ChangePasswordDialog.class).exists()).isTrue();
    }

    @Test
    void a_new_password_typed_twice_is_sent_and_the_dialog_closes() {
        ChangePasswordDialog dialog = openFromTheTopBar();
        test(dialog.current).setValue(FakeBackend.PASSWORD);
        test(dialog.fresh).setValue("mat-khau-moi-2026");
        test(dialog.repeated).setValue("mat-khau-moi-2026");
        test(dialog.save).click();

        assertThat(backend.calls).contains("changeOwnPassword mat-khau-moi-2026");
        assertThat(find(ChangePasswordDialog.class).exists()).isFalse();
        assertThat(test(find(Notification.class).last()).getText()).startsWith("Đã đổi mật khẩu");
    }

    @Test
    void a_temporary_password_asks_for_a_new_one_and_then_signs_in_with_it() {
        backend.roles = Set.of(Role.CLERK);
        navigate(SignInView.class);
        backend.signInRefusal = new ApiException(403, "PASSWORD_CHANGE_REQUIRED", "Set a new password", null);
        test(find(LoginForm.class).single()).login("canbo1", "Tam.thoi-2026+reset");

        ChangePasswordDialog dialog = find(ChangePasswordDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Đặt mật khẩu mới");
        assertThat(dialog.current.isVisible()).isFalse();
        test(dialog.fresh).setValue("ngan-qua");
        test(dialog.repeated).setValue("ngan-qua");
        test(dialog.save).click();
        assertThat(dialog.fresh.getErrorMessage()).isEqualTo("Mật khẩu mới cần ít nhất 12 ký tự");
        assertThat(backend.calls).noneMatch(c -> c.startsWith("replaceTemporaryPassword"));

        test(dialog.fresh).setValue("Cay-bang-truoc-cong-2026");
        test(dialog.repeated).setValue("Cay-bang-truoc-cong-2026");
        test(dialog.save).click();

        assertThat(backend.calls).contains("replaceTemporaryPassword canbo1 Cay-bang-truoc-cong-2026");
        assertThat(getCurrentView()).isInstanceOf(PlaceView.class);
        assertThat(staff.signedIn()).isTrue();
        assertThat(sessionIdRenewals).isEqualTo(1);
    }
}
