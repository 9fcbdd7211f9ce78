package vn.motcua.counter.shared;

import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;

/**
 * The eye button of a password field, named in the person's language: the web component calls it "Show password"
 * in English, and Flow offers no setter for that name (PasswordFieldI18n holds only error messages).
 */
public final class RevealButton {

    private static final String FIELD = "this.i18n = {...this.i18n, reveal: $0}";
    /** The login form draws its own password field: named once the form has drawn it. */
    private static final String LOGIN_FORM = """
            customElements.whenDefined('vaadin-login-form').then(() => this.updateComplete).then(() => {
              const fields = [...this.querySelectorAll('vaadin-password-field'),
                  ...(this.shadowRoot ? this.shadowRoot.querySelectorAll('vaadin-password-field') : [])];
              fields.forEach(f => { f.i18n = {...f.i18n, reveal: $0}; });
            });
            """;

    private RevealButton() {}

    public static PasswordField named(PasswordField field) {
        field.getElement().executeJs(FIELD, field.getTranslation("password.reveal"));
        return field;
    }

    public static void named(LoginForm form) {
        form.getElement().executeJs(LOGIN_FORM, form.getTranslation("password.reveal"));
    }
}
