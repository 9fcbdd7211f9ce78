package vn.motcua.counter.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.CounterRequest;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.ServiceAreaView;

/** Counters (quầy): number, name, the service areas each one serves, and whether it is in use. */
class CountersTab extends HorizontalLayout {

    static final class Form {
        Integer number;
        String name = "";
        Set<ServiceAreaView> areas = Set.of();
        boolean active = true;
    }

    final Grid<CounterView> grid = new Grid<>();
    final IntegerField number = new IntegerField();
    final TextField name = new TextField();
    final CheckboxGroup<ServiceAreaView> areas = new CheckboxGroup<>();
    final Checkbox active = new Checkbox();
    final Button save = new Button();
    private final H3 heading = new H3();
    private final Binder<Form> binder = new Binder<>();
    private final AdminView admin;
    private List<ServiceAreaView> officeAreas = List.of();
    private CounterView editing;

    CountersTab(AdminView admin) {
        this.admin = admin;
        addClassName("admin-counters");
        setWidthFull();
        grid.addColumn(CounterView::number)
                .setHeader(getTranslation("admin.counter.number"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CounterView::name)
                .setHeader(getTranslation("admin.counter.name"))
                .setFlexGrow(1);
        grid.addColumn(this::areaNames)
                .setHeader(getTranslation("admin.counter.areas"))
                .setFlexGrow(2);
        grid.addColumn(c -> getTranslation(c.active() ? "admin.inUse" : "admin.notInUse"))
                .setHeader(getTranslation("admin.counter.active"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        number.setLabel(getTranslation("admin.counter.number"));
        name.setLabel(getTranslation("admin.counter.name"));
        areas.setLabel(getTranslation("admin.counter.areas"));
        areas.setItemLabelGenerator(a -> a.prefix() + " · " + a.name());
        areas.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        areas.setRequiredIndicatorVisible(true);
        active.setLabel(getTranslation("admin.counter.active"));

        binder.forField(number)
                .asRequired(getTranslation("admin.counter.number.required"))
                .withValidator(v -> v >= 1 && v <= 999, getTranslation("admin.counter.number.range"))
                .bind(f -> f.number, (f, v) -> f.number = v);
        binder.forField(name)
                .asRequired(getTranslation("admin.counter.name.required"))
                .withValidator(new StringLengthValidator(getTranslation("admin.tooLong", 100), 1, 100))
                .bind(f -> f.name, (f, v) -> f.name = v.trim());
        binder.forField(areas)
                .withValidator(v -> !v.isEmpty(), getTranslation("admin.counter.areas.required"))
                .bind(f -> f.areas, (f, v) -> f.areas = v);
        binder.forField(active).bind(f -> f.active, (f, v) -> f.active = v);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button fresh = new Button(
                getTranslation("admin.new"), e -> grid.asSingleSelect().clear());
        FormLayout fields = new FormLayout(number, name, areas, active);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        VerticalLayout form = new VerticalLayout(heading, fields, new HorizontalLayout(save, fresh));
        form.addClassName("admin-form");
        form.setWidth("28rem");
        add(grid, form);
        setFlexGrow(1, grid);
        edit(null);
    }

    void show(OfficeView office) {
        officeAreas = office.areas().stream()
                .sorted(Comparator.comparing(ServiceAreaView::prefix))
                .toList();
        areas.setItems(officeAreas.stream().filter(ServiceAreaView::active).toList());
        grid.setItems(office.counters().stream()
                .sorted(Comparator.comparingInt(CounterView::number))
                .toList());
    }

    private String areaNames(CounterView counter) {
        return officeAreas.stream()
                .filter(a -> counter.areaIds().contains(a.id()))
                .map(a -> a.prefix() + " " + a.name())
                .collect(Collectors.joining(", "));
    }

    private void edit(CounterView counter) {
        editing = counter;
        heading.setText(
                counter == null
                        ? getTranslation("admin.counter.add")
                        : getTranslation("admin.counter.edit", counter.name()));
        save.setText(getTranslation(counter == null ? "admin.add" : "admin.save"));
        Form form = new Form();
        if (counter != null) {
            form.number = counter.number();
            form.name = counter.name();
            form.areas = officeAreas.stream()
                    .filter(a -> counter.areaIds().contains(a.id()))
                    .collect(Collectors.toSet());
            form.active = counter.active();
        }
        binder.readBean(form);
    }

    private void save() {
        Form form = new Form();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        CounterRequest request = new CounterRequest(
                form.number,
                form.name,
                form.areas.stream().map(ServiceAreaView::id).sorted().toList(),
                form.active);
        try {
            CounterView saved = editing == null
                    ? admin.offices().addCounter(admin.officeId(), request)
                    : admin.offices().updateCounter(admin.officeId(), editing.id(), request);
            admin.saved(getTranslation("admin.counter.saved", saved.name()));
            // a new one was never selected, so clearing the selection alone would leave it in the form
            grid.asSingleSelect().clear();
            edit(null);
        } catch (ApiException e) {
            ServerErrors.show(e, Map.of("number", number, "name", name, "areaIds", areas));
        }
    }
}
