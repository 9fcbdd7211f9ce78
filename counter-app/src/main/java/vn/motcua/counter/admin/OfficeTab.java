package vn.motcua.counter.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.time.LocalTime;
import java.util.Map;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.OfficeSettings;
import vn.motcua.client.api.OfficeView;
import vn.motcua.counter.shared.Refusals;

/**
 * The office's own settings: its name, the agency code that starts every dossier code, its opening hours
 * (kiosks refuse tickets outside them) and how many priority tickets a counter may call in a row; below them, what
 * its printed forms say of it and which model forms it follows ({@link FormSettings}).
 */
class OfficeTab extends VerticalLayout {

    static final class Form {
        String name = "";
        String agencyCode = "";
        LocalTime opensAt;
        LocalTime closesAt;
        boolean openOnSaturday;
        boolean openOnSunday;
        Integer priorityRun;
    }

    final TextField name = new TextField();
    final TextField agencyCode = new TextField();
    final TimePicker opensAt = new TimePicker();
    final TimePicker closesAt = new TimePicker();
    final Checkbox openOnSaturday = new Checkbox();
    final Checkbox openOnSunday = new Checkbox();
    final IntegerField priorityRun = new IntegerField();
    final Button save = new Button();
    final FormSettings forms;
    private final Binder<Form> binder = new Binder<>();
    private final AdminView admin;

    OfficeTab(AdminView admin) {
        this.admin = admin;
        addClassName("admin-office");
        setWidth("40rem");
        name.setLabel(getTranslation("admin.office.name"));
        agencyCode.setLabel(getTranslation("admin.office.agencyCode"));
        agencyCode.setHelperText(getTranslation("admin.office.agencyCode.help"));
        opensAt.setLabel(getTranslation("admin.office.opensAt"));
        closesAt.setLabel(getTranslation("admin.office.closesAt"));
        openOnSaturday.setLabel(getTranslation("admin.office.openOnSaturday"));
        openOnSunday.setLabel(getTranslation("admin.office.openOnSunday"));
        priorityRun.setLabel(getTranslation("admin.office.priorityRun"));
        priorityRun.setHelperText(getTranslation("admin.office.priorityRun.help"));
        priorityRun.setStepButtonsVisible(true);

        binder.forField(name)
                .asRequired(getTranslation("admin.office.name.required"))
                .withValidator(new StringLengthValidator(getTranslation("admin.tooLong", 200), 1, 200))
                .bind(f -> f.name, (f, v) -> f.name = v.trim());
        binder.forField(agencyCode)
                .asRequired(getTranslation("admin.office.agencyCode.required"))
                .withValidator(
                        new RegexpValidator(getTranslation("admin.office.agencyCode.pattern"), "[0-9A-Z.]{1,40}"))
                .bind(f -> f.agencyCode, (f, v) -> f.agencyCode = v.trim());
        binder.forField(opensAt)
                .asRequired(getTranslation("admin.office.opensAt.required"))
                .bind(f -> f.opensAt, (f, v) -> f.opensAt = v);
        binder.forField(closesAt)
                .asRequired(getTranslation("admin.office.closesAt.required"))
                .withValidator(
                        v -> opensAt.getValue() == null || v.isAfter(opensAt.getValue()),
                        getTranslation("admin.office.closesAt.order"))
                .bind(f -> f.closesAt, (f, v) -> f.closesAt = v);
        binder.forField(openOnSaturday).bind(f -> f.openOnSaturday, (f, v) -> f.openOnSaturday = v);
        binder.forField(openOnSunday).bind(f -> f.openOnSunday, (f, v) -> f.openOnSunday = v);
        binder.forField(priorityRun)
                .asRequired(getTranslation("admin.office.priorityRun.required"))
                .withValidator(v -> v >= 1 && v <= 20, getTranslation("admin.office.priorityRun.range"))
                .bind(f -> f.priorityRun, (f, v) -> f.priorityRun = v);

        save.setText(getTranslation("admin.office.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        FormLayout fields =
                new FormLayout(name, agencyCode, opensAt, closesAt, openOnSaturday, openOnSunday, priorityRun);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        fields.setColspan(name, 2);
        fields.setColspan(agencyCode, 2);
        forms = new FormSettings(admin);
        add(new H3(getTranslation("admin.office.title")), fields, save, forms);
    }

    void show(OfficeView office) {
        Form form = new Form();
        form.name = office.name();
        form.agencyCode = office.agencyCode();
        form.opensAt = office.opensAt();
        form.closesAt = office.closesAt();
        form.openOnSaturday = office.openOnSaturday();
        form.openOnSunday = office.openOnSunday();
        form.priorityRun = office.priorityRun();
        binder.readBean(form);
    }

    /** Once when the view opens: a change of the office's hours or areas does not touch the forms' settings. */
    void reloadForms() {
        try {
            forms.show(admin.offices().officeForms(admin.officeId()));
        } catch (ApiException e) {
            Refusals.show(e);
        }
    }

    private void save() {
        Form form = new Form();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            OfficeView saved = admin.offices()
                    .updateOffice(
                            admin.officeId(),
                            new OfficeSettings(
                                    form.name,
                                    form.agencyCode,
                                    form.opensAt,
                                    form.closesAt,
                                    form.openOnSaturday,
                                    form.openOnSunday,
                                    form.priorityRun));
            admin.saved(getTranslation("admin.office.saved", saved.name()));
        } catch (ApiException e) {
            ServerErrors.show(
                    e,
                    Map.of(
                            "name",
                            name,
                            "agencyCode",
                            agencyCode,
                            "opensAt",
                            opensAt,
                            "closesAt",
                            closesAt,
                            "priorityRun",
                            priorityRun));
        }
    }
}
