package vn.motcua.counter.shared;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.Map;
import vn.motcua.client.ApiException;

/**
 * Any signed-in member of staff replaces their own password, typing the current one and the new one twice.
 * The session goes on with its token; the new password counts from the next sign-in.
 */
public final class ChangePasswordDialog extends Dialog {

    static final int MIN_LENGTH = 10;

    static final class Form {
        String current = "";
        String fresh = "";
        String repeated = "";
    }

    final PasswordField current = new PasswordField();
    final PasswordField fresh = new PasswordField();
    final PasswordField repeated = new PasswordField();
    final Button save = new Button();
    private final Binder<Form> binder = new Binder<>();
    private final Backend backend;

    ChangePasswordDialog(Backend backend) {
        this.backend = backend;
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

    private void save() {
        Form form = new Form();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            backend.changeOwnPassword(form.current, form.fresh);
            close();
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
                Map.of("currentPassword", "password.current.wrong", "newPassword", "password.new.short");
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
