package vn.motcua.counter.shared;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.Map;
import vn.motcua.client.ApiException;
import vn.motcua.client.StaffApi;

/**
 * A member of staff replaces their own password, typing the new one twice: while signed in (with the current
 * one; the session goes on with its token), or at sign-in after an admin set a temporary one, which the server
 * accepts only for this change (then the session starts with the token it answers).
 */
public final class ChangePasswordDialog extends Dialog {

    /** The server's rule (PasswordRules): at least 12 characters, not the username, not a common password. */
    public static final int MIN_LENGTH = 12;

    /** Sends the change to the server; a refusal comes back as an ApiException naming the field. */
    @FunctionalInterface
    interface Change {
        void send(String currentPassword, String newPassword);
    }

    static final class Form {
        String current = "";
        String fresh = "";
        String repeated = "";
    }

    final PasswordField current = RevealButton.named(new PasswordField());
    final PasswordField fresh = RevealButton.named(new PasswordField());
    final PasswordField repeated = RevealButton.named(new PasswordField());
    final Button save = new Button();
    private final Binder<Form> binder = new Binder<>();
    private final Change change;
    private final Runnable done;

    ChangePasswordDialog(StaffApi staff) {
        this(staff::changeOwnPassword, null);
    }

    private ChangePasswordDialog(Change change, Runnable done) {
        this.change = change;
        this.done = done;
        addClassName("password-dialog");
        setHeaderTitle(getTranslation("password.title"));
        current.setLabel(getTranslation("password.current"));
        current.setAutofocus(true);
        fresh.setLabel(getTranslation("password.new"));
        fresh.setHelperText(getTranslation("password.new.help"));
        repeated.setLabel(getTranslation("password.repeat"));
        binder.forField(current)
                .asRequired(getTranslation("password.current.required"))
                .bind(f -> f.current, (f, v) -> f.current = v);
        binder.forField(fresh)
                .asRequired(getTranslation("password.new.required"))
                .withValidator(new StringLengthValidator(getTranslation("password.new.short"), MIN_LENGTH, 200))
                .bind(f -> f.fresh, (f, v) -> f.fresh = v);
        binder.forField(repeated)
                .asRequired(getTranslation("password.new.required"))
                .withValidator(v -> v.equals(fresh.getValue()), getTranslation("password.repeat.mismatch"))
                .bind(f -> f.repeated, (f, v) -> f.repeated = v);
        binder.readBean(new Form());
        FormLayout fields = new FormLayout(current, fresh, repeated);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(fields);
        save.setText(getTranslation("password.save"));
        save.addClassName("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("password.cancel"), e -> close());
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                removeFromParent();
            }
        });
    }

    /**
     * At sign-in with a temporary password: the current one is what was just typed, so only the new one is
     * asked; {@code signedIn} runs once the server has taken it and the session holds its token.
     */
    public static ChangePasswordDialog replacingTemporary(String username, String temporary, Runnable signedIn) {
        ChangePasswordDialog dialog = new ChangePasswordDialog(
                (current, fresh) -> StaffSession.current().replaceTemporaryPassword(username, current, fresh),
                signedIn);
        dialog.setHeaderTitle(dialog.getTranslation("password.temporary.title"));
        dialog.current.setValue(temporary);
        dialog.current.setVisible(false);
        dialog.fresh.setAutofocus(true);
        dialog.addComponentAsFirst(new Paragraph(dialog.getTranslation("password.temporary.why")));
        return dialog;
    }

    private void save() {
        Form form = new Form();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            change.send(form.current, form.fresh);
            close();
            if (done != null) {
                done.run();
                return;
            }
            Notification done =
                    new Notification(getTranslation("password.done"), 4000, Notification.Position.TOP_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            done.open();
        } catch (ApiException e) {
            showRefusal(e);
        }
    }

    /** The server names the field at fault; its English words are replaced by the dialog's own sentence. */
    private void showRefusal(ApiException e) {
        Map<String, PasswordField> fields = Map.of("currentPassword", current, "newPassword", fresh);
        Map<String, String> texts =
                Map.of("currentPassword", "password.current.wrong", "newPassword", "password.new.refused");
        boolean onAField = false;
        if (e.status() == 400) {
            for (Map<String, String> error : e.fieldErrors()) {
                PasswordField field = fields.get(error.get("field"));
                if (field != null) {
                    field.setErrorMessage(getTranslation(texts.get(error.get("field"))));
                    field.setInvalid(true);
                    onAField = true;
                }
            }
        }
        if (!onAField) {
            Refusals.show(e);
        }
    }
}
