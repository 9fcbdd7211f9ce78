package vn.motcua.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.StaffRequest;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;

/** New and changed passwords: at least 12 characters, not the username, not common, in the caller's language. */
@IntegrationTest
class PasswordRulesTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PasswordRules rules;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "aaaaaaaaaaaa",
                "1234567890123",
                "qwerty123456",
                "password2026!",
                "iloveyou12345",
                "motcua2026!!",
                "abababababab",
                "zyxwvutsrqpo"
            })
    void a_common_or_trivial_password_is_refused(String password) {
        assertThatThrownBy(() -> rules.check("password", "someone", password))
                .hasMessage("Mật khẩu này quá phổ biến hoặc dễ đoán; hãy chọn mật khẩu khác.");
    }

    @Test
    void a_password_containing_the_username_is_refused_whatever_its_case() {
        assertThatThrownBy(() -> rules.check("password", "nguyen.lan", "Nguyen.Lan-2026-xyz"))
                .hasMessage("Mật khẩu không được chứa tên đăng nhập.");
    }

    @Test
    void eleven_characters_are_too_few_and_twelve_unusual_ones_are_enough() {
        assertThatThrownBy(() -> rules.check("password", "someone", "k7#Lq2vX9pz"))
                .hasMessage("Mật khẩu cần ít nhất 12 ký tự.");
        rules.check("password", "someone", "k7#Lq2vX9pzT");
    }

    @Test
    void an_admin_creating_an_account_with_a_weak_password_gets_400_naming_the_field() {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);

        assertThatThrownBy(() -> admin.staff()
                        .addStaff(
                                office.id(),
                                new StaffRequest(
                                        "nv" + System.nanoTime(), "Nguyễn Văn A", "aaaaaaaaaaaa", Set.of(Role.CLERK))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.fieldErrors()).extracting(m -> m.get("field")).containsExactly("password");
                    assertThat(e.fieldErrors())
                            .extracting(m -> m.get("message"))
                            .containsExactly("Mật khẩu này quá phổ biến hoặc dễ đoán; hãy chọn mật khẩu khác.");
                });
    }
}
