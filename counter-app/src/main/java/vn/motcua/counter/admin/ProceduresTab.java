package vn.motcua.counter.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.ProcedureRequest;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.client.api.ServiceAreaView;
import vn.motcua.client.text.VietnameseText;

/**
 * The office's catalogue of administrative procedures (thủ tục hành chính): the list with a search that ignores
 * accents, one form both to add a procedure and to change the one picked, and the CSV import below the list.
 * The limits are the server's (ProcedureRules), checked here first so the admin reads them in Vietnamese.
 */
class ProceduresTab extends HorizontalLayout {

    static final int CODE_MAX = 100;
    static final int NAME_MAX = 1000;
    static final int DAYS_MAX = 365;

    static final class Form {
        String code = "";
        String name = "";
        ServiceAreaView area;
        Integer processingDays;
        List<String> documents = List.of();
        String fee = "";
        boolean active = true;
    }

    final TextField search = new TextField();
    final Grid<ProcedureView> grid = new Grid<>();
    final TextField code = new TextField();
    final TextArea name = new TextArea();
    final ComboBox<ServiceAreaView> area = new ComboBox<>();
    final IntegerField processingDays = new IntegerField();
    final TextArea documents = new TextArea();
    final TextField fee = new TextField();
    final Checkbox active = new Checkbox();
    final Button save = new Button();
    final ProcedureImport importer;
    private final H3 heading = new H3();
    private final Binder<Form> binder = new Binder<>();
    private final AdminView admin;
    private List<ProcedureView> procedures = List.of();
    private List<ServiceAreaView> areas = List.of();
    private ProcedureView editing;

    ProceduresTab(AdminView admin) {
        this.admin = admin;
        addClassName("admin-procedures");
        setWidthFull();
        search.setPlaceholder(getTranslation("admin.procedure.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.addValueChangeListener(e -> showList());
        grid.addColumn(ProcedureView::code)
                .setHeader(getTranslation("admin.procedure.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ProcedureView::name)
                .setHeader(getTranslation("admin.procedure.name"))
                .setFlexGrow(3);
        grid.addColumn(p -> areaName(p.areaId()))
                .setHeader(getTranslation("admin.procedure.area"))
                .setFlexGrow(1);
        grid.addColumn(ProcedureView::processingDays)
                .setHeader(getTranslation("admin.procedure.days.short"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> p.fee() == null || p.fee().isBlank() ? getTranslation("admin.procedure.noFee") : p.fee())
                .setHeader(getTranslation("admin.procedure.fee"))
                .setFlexGrow(1);
        grid.addColumn(p -> getTranslation(p.active() ? "admin.inUse" : "admin.notInUse"))
                .setHeader(getTranslation("admin.procedure.active"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setPartNameGenerator(p -> p.active() ? null : "out-of-use");
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        code.setLabel(getTranslation("admin.procedure.code"));
        code.setHelperText(getTranslation("admin.procedure.code.help"));
        name.setLabel(getTranslation("admin.procedure.name"));
        area.setLabel(getTranslation("admin.procedure.area"));
        area.setHelperText(getTranslation("admin.procedure.area.help"));
        area.setItemLabelGenerator(a -> a.prefix() + " · " + a.name());
        area.setClearButtonVisible(true);
        processingDays.setLabel(getTranslation("admin.procedure.days"));
        processingDays.setHelperText(getTranslation("admin.procedure.days.help"));
        documents.setLabel(getTranslation("admin.procedure.documents"));
        documents.setHelperText(getTranslation("admin.procedure.documents.help"));
        fee.setLabel(getTranslation("admin.procedure.fee"));
        fee.setHelperText(getTranslation("admin.procedure.fee.help"));
        active.setLabel(getTranslation("admin.procedure.active"));

        binder.forField(code)
                .asRequired(getTranslation("admin.procedure.code.required"))
                .withValidator(v -> v.strip().length() <= CODE_MAX, getTranslation("admin.tooLong", CODE_MAX))
                .bind(f -> f.code, (f, v) -> f.code = v.strip());
        binder.forField(name)
                .asRequired(getTranslation("admin.procedure.name.required"))
                .withValidator(v -> v.strip().length() <= NAME_MAX, getTranslation("admin.tooLong", NAME_MAX))
                .bind(f -> f.name, (f, v) -> f.name = v.strip());
        binder.forField(area).bind(f -> f.area, (f, v) -> f.area = v);
        binder.forField(processingDays)
                .asRequired(getTranslation("admin.procedure.days.required"))
                .withValidator(v -> v >= 0 && v <= DAYS_MAX, getTranslation("admin.procedure.days.range", DAYS_MAX))
                .bind(f -> f.processingDays, (f, v) -> f.processingDays = v);
        // one paper a line; blank lines are dropped rather than refused, as the server would refuse a nameless paper
        binder.forField(documents)
                .withConverter(ProceduresTab::lines, list -> String.join("\n", list))
                .bind(f -> f.documents, (f, v) -> f.documents = v);
        binder.forField(fee).bind(f -> f.fee, (f, v) -> f.fee = v.strip());
        binder.forField(active).bind(f -> f.active, (f, v) -> f.active = v);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button fresh = new Button(
                getTranslation("admin.new"), e -> grid.asSingleSelect().clear());
        FormLayout fields = new FormLayout(code, name, area, processingDays, documents, fee, active);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        VerticalLayout form = new VerticalLayout(heading, fields, new HorizontalLayout(save, fresh));
        form.addClassName("admin-form");
        form.setWidth("28rem");
        importer = new ProcedureImport(admin, this::reload);
        VerticalLayout list = new VerticalLayout(search, grid, importer);
        list.setPadding(false);
        add(list, form);
        setFlexGrow(1, list);
        edit(null);
    }

    void show(OfficeView office) {
        areas = office.areas().stream()
                .sorted(Comparator.comparing(ServiceAreaView::prefix))
                .toList();
        area.setItems(areas);
        importer.show(office);
        grid.getDataProvider().refreshAll();
    }

    void reload() {
        try {
            procedures = admin.offices().allProcedures(admin.officeId());
            showList();
        } catch (ApiException e) {
            ServerErrors.show(e, Map.of());
        }
    }

    private void showList() {
        String typed = VietnameseText.fold(search.getValue()).strip();
        grid.setItems(procedures.stream()
                .filter(p -> typed.isEmpty()
                        || VietnameseText.fold(p.name()).contains(typed)
                        || VietnameseText.fold(p.code()).contains(typed))
                .sorted(Comparator.comparing(ProcedureView::code))
                .toList());
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private String areaName(Long areaId) {
        return findArea(areaId).map(ServiceAreaView::name).orElse(getTranslation("admin.procedure.noArea"));
    }

    private Optional<ServiceAreaView> findArea(Long areaId) {
        return areaId == null
                ? Optional.empty()
                : areas.stream().filter(a -> a.id() == areaId).findFirst();
    }

    private void edit(ProcedureView procedure) {
        editing = procedure;
        heading.setText(
                procedure == null
                        ? getTranslation("admin.procedure.add")
                        : getTranslation("admin.procedure.edit", procedure.code()));
        save.setText(getTranslation(procedure == null ? "admin.add" : "admin.save"));
        Form form = new Form();
        if (procedure != null) {
            form.code = procedure.code();
            form.name = procedure.name();
            form.area = findArea(procedure.areaId()).orElse(null);
            form.processingDays = procedure.processingDays();
            form.documents = procedure.requiredDocuments() == null ? List.of() : procedure.requiredDocuments();
            form.fee = procedure.fee() == null ? "" : procedure.fee();
            form.active = procedure.active();
        }
        binder.readBean(form);
    }

    private void save() {
        Form form = new Form();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        ProcedureRequest request = new ProcedureRequest(
                form.code,
                form.name,
                form.area == null ? null : form.area.id(),
                form.processingDays,
                form.documents,
                form.fee,
                form.active);
        try {
            ProcedureView saved = editing == null
                    ? admin.offices().createProcedure(admin.officeId(), request)
                    : admin.offices().updateProcedure(admin.officeId(), editing.id(), request);
            admin.confirm(getTranslation("admin.procedure.saved", saved.code()));
            // clearing a selection that was empty fires nothing, and the form must empty after an addition too
            grid.asSingleSelect().clear();
            edit(null);
            reload();
        } catch (ApiException e) {
            if ("PROCEDURE_CODE_TAKEN".equals(e.code())) {
                code.setErrorMessage(getTranslation("admin.procedure.code.taken"));
                code.setInvalid(true);
            } else {
                ServerErrors.show(
                        e,
                        "admin.procedure.server.",
                        Map.of(
                                "code",
                                code,
                                "name",
                                name,
                                "areaId",
                                area,
                                "processingDays",
                                processingDays,
                                "requiredDocuments",
                                documents));
            }
        }
    }
}
