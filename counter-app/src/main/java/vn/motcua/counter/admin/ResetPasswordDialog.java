package vn.motcua.counter.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.Map;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.StaffView;
import vn.motcua.counter.shared.ChangePasswordDialog;
import vn.motcua.counter.shared.RevealButton;

/** An admin gives a member of staff a temporary password, which its owner then changes. */
class ResetPasswordDialog extends Dialog {

    static final class Form {
        String password = "";
    }

    final PasswordField password = RevealButton.named(new PasswordField());
    final Button yes = new Button();
    private final Binder<Form> binder = new Binder<>();
    private final AdminView admin;
    private final StaffView account;

    ResetPasswordDialog(AdminView admin, StaffView account) {
        this.admin = admin;
        this.account = account;
        addClassName("reset-dialog");
        setHeaderTitle(getTranslation("admin.staff.resetTitle", account.username()));
        password.setLabel(getTranslation("admin.staff.resetPassword"));
        password.setHelperText(getTranslation("admin.staff.password.help"));
        password.setWidthFull();
        password.setAutofocus(true);
        binder.forField(password)
                .asRequired(getTranslation("admin.staff.password.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("admin.staff.password.short"), ChangePasswordDialog.MIN_LENGTH, 200))
                .bind(f -> f.password, (f, v) -> f.password = v);
        binder.readBean(new Form());
        add(new Paragraph(getTranslation("admin.staff.resetText")), password);
        yes.setText(getTranslation("admin.staff.resetYes"));
        yes.addClassName("reset-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        yes.addClickListener(e -> reset());
        Button no = new Button(getTranslation("admin.cancel"), e -> close());
        getFooter().add(no, yes);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                removeFromParent();
            }
        });
    }

    private void reset() {
        Form form = new Form();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            admin.staff().resetPassword(admin.officeId(), account.id(), form.password);
            close();
            admin.confirm(getTranslation("admin.staff.resetDone", account.username()));
        } catch (ApiException e) {
            ServerErrors.show(e, Map.of("password", password));
        }
    }
}
