package vn.motcua.counter.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.login.LoginForm;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.Role;
import vn.motcua.counter.testing.FakeBackend;
import vn.motcua.counter.testing.ViewTest;

class SignInViewTest extends ViewTest {

    private LoginForm form() {
        return find(LoginForm.class).single();
    }

    /** The texts the browser's form shows, as the server side sends them to it. */
    private String texts() {
        return String.valueOf(form().getElement().getPropertyRaw("i18n"));
    }

    @Test
    void a_wrong_password_is_refused_with_a_plain_vietnamese_message() {
        navigate(SignInView.class);
        test(form()).login("canbo1", "sai-mat-khau");
        assertThat(form().isError()).isTrue();
        assertThat(texts()).contains("Sai tên đăng nhập hoặc mật khẩu. Vui lòng kiểm tra và nhập lại.");
        assertThat(staff.signedIn()).isFalse();
        assertThat(sessionIdRenewals).isZero();
    }

    @Test
    void an_unreachable_server_is_told_apart_from_a_wrong_password() {
        navigate(SignInView.class);
        backend.signInRefusal = new ApiException(0, "UNREACHABLE", "connection refused", null);
        test(form()).login("canbo1", FakeBackend.PASSWORD);
        assertThat(texts()).contains(vi("error.UNREACHABLE")).doesNotContain(vi("signin.wrong"));
    }

    @Test
    void a_locked_account_is_told_so_rather_than_that_the_password_is_wrong() {
        navigate(SignInView.class);
        backend.signInRefusal = new ApiException(403, "ACCOUNT_LOCKED", "This account is locked", null);
        test(form()).login("canbo1", FakeBackend.PASSWORD);
        assertThat(texts())
                .contains("Tài khoản này đã bị khoá. Vui lòng liên hệ quản trị viên của đơn vị.")
                .doesNotContain(vi("signin.wrong"));
        assertThat(staff.signedIn()).isFalse();
    }

    @Test
    void a_clerk_who_signs_in_is_sent_to_choose_his_counter() {
        backend.roles = Set.of(Role.CLERK);
        navigate(SignInView.class);
        test(form()).login("canbo1", FakeBackend.PASSWORD);
        assertThat(getCurrentView()).isInstanceOf(PlaceView.class);
        assertThat(staff.displayName()).isEqualTo("Nguyễn Văn An");
        assertThat(sessionIdRenewals).isEqualTo(1);
    }

    @Test
    void the_form_speaks_vietnamese() {
        navigate(SignInView.class);
        assertThat(texts()).contains("\"username\":\"Tên đăng nhập\"", "\"password\":\"Mật khẩu\"");
    }

    @Test
    void the_language_button_switches_the_form_to_english_and_back() {
        navigate(SignInView.class);
        test(find(Button.class).withText("English").single()).click();
        assertThat(texts()).contains("\"username\":\"Username\"");
        test(find(Button.class).withText("Tiếng Việt").single()).click();
        assertThat(texts()).contains("\"username\":\"Tên đăng nhập\"");
    }
}
