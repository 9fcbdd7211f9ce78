package vn.motcua.counter.admin;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;

import vn.motcua.client.ApiException;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.StaffRequest;
import vn.motcua.client.api.StaffView;

/** Staff accounts of the office, and a form to open a new one with its roles. */
class StaffTab extends HorizontalLayout {

    static final List<Role> STAFF_ROLES = List.of(Role.CLERK, Role.HEAD, Role.ADMIN);

    static final class Form {
        String username = "";
        String fullName = "";
        String password = "";
        Set<Role> roles = Set.of(Role.CLERK);
    }

    final Grid<StaffView> grid = new Grid<>();
    final TextField username = new TextField();
    final TextField fullName = new TextField();
    final PasswordField password = new PasswordField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Button add = new Button();
    private final Binder<Form> binder = new Binder<>();
    private final AdminView admin;

    StaffTab(AdminView admin) {
        this.admin = admin;
        addClassName("admin-staff");
        setWidthFull();
        grid.addColumn(StaffView::username).setHeader(getTranslation("admin.staff.username")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StaffView::fullName).setHeader(getTranslation("admin.staff.fullName")).setFlexGrow(1);
        grid.addColumn(s -> roleNames(s.roles())).setHeader(getTranslation("admin.staff.roles")).setFlexGrow(1);
        grid.addColumn(s -> getTranslation(s.active() ? "admin.staff.active" : "admin.staff.locked"))
                .setHeader(getTranslation("admin.staff.state")).setAutoWidth(true).setFlexGrow(0);

        username.setLabel(getTranslation("admin.staff.username"));
        username.setHelperText(getTranslation("admin.staff.username.help"));
        fullName.setLabel(getTranslation("admin.staff.fullName"));
        password.setLabel(getTranslation("admin.staff.password"));
        password.setHelperText(getTranslation("admin.staff.password.help"));
        roles.setLabel(getTranslation("admin.staff.roles"));
        roles.setItems(STAFF_ROLES);
        roles.setRequiredIndicatorVisible(true);
        roles.setItemLabelGenerator(r -> getTranslation("admin.role." + r.name()));

        binder.forField(username).asRequired(getTranslation("admin.staff.username.required"))
                .withValidator(new RegexpValidator(getTranslation("admin.staff.username.pattern"), "[a-z0-9._-]{3,60}"))
                .bind(f -> f.username, (f, v) -> f.username = v.trim());
        binder.forField(fullName).asRequired(getTranslation("admin.staff.fullName.required"))
                .withValidator(new StringLengthValidator(getTranslation("admin.tooLong", 120), 1, 120))
                .bind(f -> f.fullName, (f, v) -> f.fullName = v.trim());
        binder.forField(password).asRequired(getTranslation("admin.staff.password.required"))
                .withValidator(new StringLengthValidator(getTranslation("admin.staff.password.short"), 10, 200))
                .bind(f -> f.password, (f, v) -> f.password = v);
        binder.forField(roles).withValidator(v -> !v.isEmpty(), getTranslation("admin.staff.roles.required"))
                .bind(f -> f.roles, (f, v) -> f.roles = v);

        add.setText(getTranslation("admin.staff.create"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> create());
        FormLayout fields = new FormLayout(username, fullName, password, roles);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("admin.staff.add")), fields, add);
        form.addClassName("admin-form");
        form.setWidth("28rem");
        add(grid, form);
        setFlexGrow(1, grid);
        binder.readBean(new Form());
    }

    void reload() {
        try {
            grid.setItems(admin.backend().staff(admin.officeId()).stream()
                    .sorted(Comparator.comparing(StaffView::username)).toList());
        } catch (ApiException e) {
            ServerErrors.show(e, Map.of());
        }
    }

    private String roleNames(Set<Role> held) {
        return STAFF_ROLES.stream().filter(held::contains).map(r -> getTranslation("admin.role." + r.name()))
                .collect(Collectors.joining(", "));
    }

    private void create() {
        Form form = new Form();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            StaffView created = admin.backend().addStaff(admin.officeId(),
                    new StaffRequest(form.username, form.fullName, form.password, form.roles));
            admin.saved(getTranslation("admin.staff.saved", created.fullName(), created.username()));
            binder.readBean(new Form());
            reload();
        } catch (ApiException e) {
            ServerErrors.show(e, Map.of("username", username, "fullName", fullName, "password", password, "roles", roles));
        }
    }
}
