package vn.motcua.counter.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.StaffRequest;
import vn.motcua.client.api.StaffUpdate;
import vn.motcua.client.api.StaffView;
import vn.motcua.counter.shared.ChangePasswordDialog;
import vn.motcua.counter.shared.RevealButton;

/**
 * Staff accounts of the office: a new one with its roles, or, once one is chosen in the list, its name and
 * roles, locking or unlocking it (asked first) and a temporary password.
 */
class StaffTab extends HorizontalLayout {

    static final List<Role> STAFF_ROLES = List.of(Role.CLERK, Role.HEAD, Role.ADMIN);

    static final class Form {
        String username = "";
        String fullName = "";
        String password = "";
        String email = "";
        Set<Role> roles = Set.of(Role.CLERK);
    }

    final Grid<StaffView> grid = new Grid<>();
    final TextField username = new TextField();
    final TextField fullName = new TextField();
    final PasswordField password = RevealButton.named(new PasswordField());
    final EmailField email = new EmailField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Button save = new Button();
    final Button lock = new Button();
    final Button reset = new Button();
    private final H3 heading = new H3();
    private final Binder<Form> binder = new Binder<>();
    private final AdminView admin;
    private StaffView editing;

    StaffTab(AdminView admin) {
        this.admin = admin;
        addClassName("admin-staff");
        setWidthFull();
        grid.addColumn(StaffView::username)
                .setHeader(getTranslation("admin.staff.username"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(StaffView::fullName)
                .setHeader(getTranslation("admin.staff.fullName"))
                .setFlexGrow(1);
        grid.addColumn(s -> roleNames(s.roles()))
                .setHeader(getTranslation("admin.staff.roles"))
                .setFlexGrow(1);
        grid.addColumn(s -> getTranslation(s.active() ? "admin.staff.active" : "admin.staff.locked"))
                .setHeader(getTranslation("admin.staff.state"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setPartNameGenerator(s -> s.active() ? null : "locked");
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        username.setLabel(getTranslation("admin.staff.username"));
        username.setHelperText(getTranslation("admin.staff.username.help"));
        fullName.setLabel(getTranslation("admin.staff.fullName"));
        password.setLabel(getTranslation("admin.staff.password"));
        password.setHelperText(getTranslation("admin.staff.password.help"));
        email.setLabel(getTranslation("admin.staff.email"));
        email.setHelperText(getTranslation("admin.staff.email.help"));
        roles.setLabel(getTranslation("admin.staff.roles"));
        roles.setItems(STAFF_ROLES);
        roles.setRequiredIndicatorVisible(true);
        roles.setItemLabelGenerator(r -> getTranslation("admin.role." + r.name()));

        // the username and the password are set once, when the account is made
        binder.forField(username)
                .withValidator(v -> editing != null || !v.isBlank(), getTranslation("admin.staff.username.required"))
                .withValidator(new RegexpValidator(getTranslation("admin.staff.username.pattern"), "[a-z0-9._-]{3,60}"))
                .bind(f -> f.username, (f, v) -> f.username = v.trim());
        binder.forField(fullName)
                .asRequired(getTranslation("admin.staff.fullName.required"))
                .withValidator(new StringLengthValidator(getTranslation("admin.tooLong", 120), 1, 120))
                .bind(f -> f.fullName, (f, v) -> f.fullName = v.trim());
        binder.forField(password)
                .withValidator(v -> editing != null || !v.isEmpty(), getTranslation("admin.staff.password.required"))
                .withValidator(
                        v -> editing != null || v.length() >= ChangePasswordDialog.MIN_LENGTH && v.length() <= 200,
                        getTranslation("admin.staff.password.short"))
                .bind(f -> f.password, (f, v) -> f.password = v);
        binder.forField(email)
                .withValidator(new EmailValidator(getTranslation("admin.staff.email.invalid"), true))
                .withValidator(new StringLengthValidator(getTranslation("admin.tooLong", 254), 0, 254))
                .bind(f -> f.email, (f, v) -> f.email = v.trim());
        binder.forField(roles)
                .withValidator(v -> !v.isEmpty(), getTranslation("admin.staff.roles.required"))
                .withValidator(
                        v -> editing == null || !admin.isSelf(editing.id()) || v.contains(Role.ADMIN),
                        getTranslation("error.OWN_ADMIN_ROLE"))
                .bind(f -> f.roles, (f, v) -> f.roles = v);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        lock.addClassName("staff-lock");
        lock.addClickListener(e -> confirmLock(editing));
        reset.setText(getTranslation("admin.staff.reset"));
        reset.addClassName("staff-reset");
        reset.addClickListener(e -> new ResetPasswordDialog(admin, editing).open());
        Button fresh = new Button(
                getTranslation("admin.new"), e -> grid.asSingleSelect().clear());
        FormLayout fields = new FormLayout(username, fullName, password, email, roles);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        VerticalLayout form = new VerticalLayout(
                heading, fields, new HorizontalLayout(save, fresh), new HorizontalLayout(reset, lock));
        form.addClassName("admin-form");
        form.setWidth("28rem");
        add(grid, form);
        setFlexGrow(1, grid);
        edit(null);
    }

    void reload() {
        try {
            grid.setItems(admin.staff().staff(admin.officeId()).stream()
                    .sorted(Comparator.comparing(StaffView::username))
                    .toList());
        } catch (ApiException e) {
            ServerErrors.show(e, Map.of());
        }
    }

    private String roleNames(Set<Role> held) {
        return STAFF_ROLES.stream()
                .filter(held::contains)
                .map(r -> getTranslation("admin.role." + r.name()))
                .collect(Collectors.joining(", "));
    }

    private void edit(StaffView account) {
        editing = account;
        boolean fresh = account == null;
        heading.setText(
                fresh ? getTranslation("admin.staff.add") : getTranslation("admin.staff.edit", account.username()));
        save.setText(getTranslation(fresh ? "admin.staff.create" : "admin.save"));
        username.setReadOnly(!fresh);
        password.setVisible(fresh);
        reset.setVisible(!fresh);
        lock.setVisible(!fresh);
        if (!fresh) {
            lock.setText(getTranslation(account.active() ? "admin.staff.lock" : "admin.staff.unlock"));
            lock.setEnabled(!account.active() || !admin.isSelf(account.id()));
            lock.removeThemeVariants(ButtonVariant.LUMO_ERROR);
            if (account.active()) {
                lock.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
        }
        Form form = new Form();
        if (!fresh) {
            form.username = account.username();
            form.fullName = account.fullName();
            form.email = account.email() == null ? "" : account.email();
            form.roles = Set.copyOf(account.roles());
        }
        binder.readBean(form);
    }

    private void save() {
        Form form = new Form();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            if (editing == null) {
                StaffView created = admin.staff()
                        .addStaff(
                                admin.officeId(),
                                new StaffRequest(form.username, form.fullName, form.password, form.roles, form.email));
                admin.confirm(getTranslation("admin.staff.saved", created.fullName(), created.username()));
            } else {
                StaffView updated = admin.staff()
                        .updateStaff(
                                admin.officeId(), editing.id(), new StaffUpdate(form.fullName, form.roles, form.email));
                admin.confirm(getTranslation("admin.staff.updated", updated.username()));
            }
            grid.asSingleSelect().clear();
            reload();
        } catch (ApiException e) {
            ServerErrors.show(
                    e,
                    Map.of(
                            "username",
                            username,
                            "fullName",
                            fullName,
                            "password",
                            password,
                            "email",
                            email,
                            "roles",
                            roles));
        }
    }

    private void confirmLock(StaffView account) {
        boolean locking = account.active();
        String kind = locking ? "lock" : "unlock";
        Dialog confirm = new Dialog();
        confirm.addClassName("lock-dialog");
        confirm.setHeaderTitle(getTranslation("admin.staff." + kind + "Title", account.username()));
        confirm.add(new Paragraph(getTranslation("admin.staff." + kind + "Text")));
        Button yes = new Button(getTranslation("admin.staff." + kind + "Yes"), e -> {
            confirm.close();
            setLocked(account, locking);
        });
        yes.addClassName("lock-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (locking) {
            yes.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button no = new Button(getTranslation("admin.cancel"), e -> confirm.close());
        no.addClassName("lock-no");
        confirm.getFooter().add(no, yes);
        confirm.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                confirm.removeFromParent();
            }
        });
        confirm.open();
    }

    private void setLocked(StaffView account, boolean locked) {
        try {
            if (locked) {
                admin.staff().lockStaff(admin.officeId(), account.id());
            } else {
                admin.staff().unlockStaff(admin.officeId(), account.id());
            }
            admin.confirm(
                    getTranslation(locked ? "admin.staff.lockedDone" : "admin.staff.unlockedDone", account.username()));
            grid.asSingleSelect().clear();
        } catch (ApiException e) {
            ServerErrors.show(e, Map.of());
        }
        reload();
    }
}
