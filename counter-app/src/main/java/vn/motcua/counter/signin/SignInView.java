package vn.motcua.counter.signin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.springframework.security.core.AuthenticationException;
import vn.motcua.client.ApiException;
import vn.motcua.counter.shared.ChangePasswordDialog;
import vn.motcua.counter.shared.Messages;
import vn.motcua.counter.shared.Refusals;
import vn.motcua.counter.shared.RevealButton;
import vn.motcua.counter.shared.Routes;
import vn.motcua.counter.shared.StaffSession;

/**
 * Staff sign in with the server's accounts; the token stays with this Vaadin session's client and in the Spring
 * Security authentication. Spring Security's login view: whoever may not open a view is sent here.
 */
@AnonymousAllowed
@Route(Routes.SIGN_IN)
public class SignInView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    private final H1 title = new H1();
    private final Paragraph subtitle = new Paragraph();
    private final LoginForm form = new LoginForm();
    private final Button language = new Button();

    public SignInView() {
        addClassName("sign-in");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(e -> signIn(e.getUsername(), e.getPassword()));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.addClickListener(e -> switchLanguage());
        add(title, subtitle, form, language);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("app.name"));
        subtitle.setText(getTranslation("signin.subtitle"));
        form.setI18n(texts("signin.wrong"));
        RevealButton.named(form);
        language.setText(getTranslation("signin.otherLanguage"));
    }

    private void switchLanguage() {
        Locale next = "en".equals(getLocale().getLanguage()) ? Messages.VIETNAMESE : Locale.ENGLISH;
        VaadinSession.getCurrent().setLocale(next);
        UI.getCurrent().setLocale(next);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signin.title");
    }

    private void signIn(String username, String password) {
        try {
            StaffSession.current().signIn(username.trim(), password);
            enter();
        } catch (AuthenticationException refused) {
            if (!(refused.getCause() instanceof ApiException e)) {
                throw refused;
            }
            if ("PASSWORD_CHANGE_REQUIRED".equals(e.code())) {
                form.setEnabled(true);
                ChangePasswordDialog.replacingTemporary(username.trim(), password, SignInView::enter)
                        .open();
                return;
            }
            boolean wrongPassword = e.status() == 400 || e.status() == 401;
            form.setI18n(texts(wrongPassword ? "signin.wrong" : Refusals.key(e)));
            form.setError(true);
            form.setEnabled(true);
        }
    }

    private static void enter() {
        UI.getCurrent().navigate(Routes.PLACE);
    }

    private LoginI18n texts(String errorKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("signin.title"));
        f.setUsername(getTranslation("signin.username"));
        f.setPassword(getTranslation("signin.password"));
        f.setSubmit(getTranslation("signin.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("signin.errorTitle"));
        error.setMessage(getTranslation(errorKey));
        error.setUsername(getTranslation("signin.usernameRequired"));
        error.setPassword(getTranslation("signin.passwordRequired"));
        return i18n;
    }
}
