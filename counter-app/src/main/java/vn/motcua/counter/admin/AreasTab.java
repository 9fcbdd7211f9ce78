package vn.motcua.counter.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.Comparator;
import java.util.Map;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.AreaRequest;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.ServiceAreaView;

/** Service areas (lĩnh vực): the list, and one form both to add a new area and to change the one picked. */
class AreasTab extends HorizontalLayout {

    /** What the form edits; the request is made from it only once every field is valid. */
    static final class Form {
        String code = "";
        String name = "";
        String nameEn = "";
        String prefix = "";
        Integer dailyLimit;
        boolean active = true;
    }

    final Grid<ServiceAreaView> grid = new Grid<>();
    final TextField code = new TextField();
    final TextField name = new TextField();
    final TextField nameEn = new TextField();
    final TextField prefix = new TextField();
    final IntegerField dailyLimit = new IntegerField();
    final Checkbox active = new Checkbox();
    final Button save = new Button();
    private final H3 heading = new H3();
    private final Binder<Form> binder = new Binder<>();
    private final AdminView admin;
    private ServiceAreaView editing;

    AreasTab(AdminView admin) {
        this.admin = admin;
        addClassName("admin-areas");
        setWidthFull();
        grid.addColumn(ServiceAreaView::prefix)
                .setHeader(getTranslation("admin.area.prefix"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ServiceAreaView::code)
                .setHeader(getTranslation("admin.area.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ServiceAreaView::name)
                .setHeader(getTranslation("admin.area.name"))
                .setFlexGrow(2);
        grid.addColumn(ServiceAreaView::nameEn)
                .setHeader(getTranslation("admin.area.nameEn"))
                .setFlexGrow(1);
        grid.addColumn(a -> a.dailyLimit() == null
                        ? getTranslation("admin.area.unlimited")
                        : String.valueOf(a.dailyLimit()))
                .setHeader(getTranslation("admin.area.dailyLimit"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(a -> getTranslation(a.active() ? "admin.inUse" : "admin.notInUse"))
                .setHeader(getTranslation("admin.area.active"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        code.setLabel(getTranslation("admin.area.code"));
        code.setHelperText(getTranslation("admin.area.code.help"));
        name.setLabel(getTranslation("admin.area.name"));
        nameEn.setLabel(getTranslation("admin.area.nameEn"));
        prefix.setLabel(getTranslation("admin.area.prefix"));
        prefix.setHelperText(getTranslation("admin.area.prefix.help"));
        dailyLimit.setLabel(getTranslation("admin.area.dailyLimit"));
        dailyLimit.setHelperText(getTranslation("admin.area.dailyLimit.help"));
        active.setLabel(getTranslation("admin.area.active"));

        binder.forField(code)
                .asRequired(getTranslation("admin.area.code.required"))
                .withValidator(new StringLengthValidator(getTranslation("admin.area.code.pattern"), 1, 40))
                .withValidator(new RegexpValidator(getTranslation("admin.area.code.pattern"), "[A-Z0-9_-]+"))
                .bind(f -> f.code, (f, v) -> f.code = v.trim());
        binder.forField(name)
                .asRequired(getTranslation("admin.area.name.required"))
                .withValidator(new StringLengthValidator(getTranslation("admin.tooLong", 200), 1, 200))
                .bind(f -> f.name, (f, v) -> f.name = v.trim());
        binder.forField(nameEn)
                .withValidator(new StringLengthValidator(getTranslation("admin.tooLong", 200), 0, 200))
                .bind(f -> f.nameEn, (f, v) -> f.nameEn = v.trim());
        binder.forField(prefix)
                .asRequired(getTranslation("admin.area.prefix.required"))
                .withValidator(new RegexpValidator(getTranslation("admin.area.prefix.pattern"), "[A-Z]{1,2}"))
                .bind(f -> f.prefix, (f, v) -> f.prefix = v.trim());
        binder.forField(dailyLimit)
                .withValidator(v -> v == null || (v >= 1 && v <= 999), getTranslation("admin.area.dailyLimit.range"))
                .bind(f -> f.dailyLimit, (f, v) -> f.dailyLimit = v);
        binder.forField(active).bind(f -> f.active, (f, v) -> f.active = v);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button fresh = new Button(
                getTranslation("admin.new"), e -> grid.asSingleSelect().clear());
        FormLayout fields = new FormLayout(code, name, nameEn, prefix, dailyLimit, active);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        VerticalLayout form = new VerticalLayout(heading, fields, new HorizontalLayout(save, fresh));
        form.addClassName("admin-form");
        form.setWidth("28rem");
        add(grid, form);
        setFlexGrow(1, grid);
        edit(null);
    }

    void show(OfficeView office) {
        grid.setItems(office.areas().stream()
                .sorted(Comparator.comparing(ServiceAreaView::prefix))
                .toList());
    }

    private void edit(ServiceAreaView area) {
        editing = area;
        heading.setText(
                area == null ? getTranslation("admin.area.add") : getTranslation("admin.area.edit", area.name()));
        save.setText(getTranslation(area == null ? "admin.add" : "admin.save"));
        Form form = new Form();
        if (area != null) {
            form.code = area.code();
            form.name = area.name();
            form.nameEn = area.nameEn() == null ? "" : area.nameEn();
            form.prefix = area.prefix();
            form.dailyLimit = area.dailyLimit();
            form.active = area.active();
        }
        binder.readBean(form);
    }

    private void save() {
        Form form = new Form();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        AreaRequest request = new AreaRequest(
                form.code,
                form.name,
                form.nameEn.isEmpty() ? null : form.nameEn,
                form.prefix,
                form.dailyLimit,
                form.active);
        try {
            ServiceAreaView saved = editing == null
                    ? admin.offices().addArea(admin.officeId(), request)
                    : admin.offices().updateArea(admin.officeId(), editing.id(), request);
            admin.saved(getTranslation("admin.area.saved", saved.name()));
            // a new one was never selected, so clearing the selection alone would leave it in the form
            grid.asSingleSelect().clear();
            edit(null);
        } catch (ApiException e) {
            ServerErrors.show(
                    e,
                    Map.of("code", code, "name", name, "nameEn", nameEn, "prefix", prefix, "dailyLimit", dailyLimit));
        }
    }
}
