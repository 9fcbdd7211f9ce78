package vn.motcua.counter.admin;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.ServiceAreaView;
import vn.motcua.client.api.ServiceNorms;

/**
 * The office's service norms: per service area the longest wait and service, for the office the longest queue and
 * how long a staffed counter may call nobody while people wait, and whether the heads get an email when one is broken.
 * An empty field is no norm. The head's board shows breaches within seconds of saving.
 */
class NormsTab extends VerticalLayout {

    /** A working day: the server refuses longer limits, and so do the fields. */
    static final int MAX_MINUTES = 480;

    final IntegerField maxWaitingTickets = new IntegerField();
    final IntegerField idleCounterMinutes = new IntegerField();
    final Checkbox emailAlerts = new Checkbox();
    final Button save = new Button();
    /** Per active area, in the order of their prefixes: its waiting and service limits. */
    final Map<Long, IntegerField[]> areaFields = new LinkedHashMap<>();

    private final VerticalLayout areaRows = new VerticalLayout();
    private final AdminView admin;

    NormsTab(AdminView admin) {
        this.admin = admin;
        addClassName("admin-norms");
        setWidth("48rem");
        maxWaitingTickets.setId("norms-max-waiting");
        maxWaitingTickets.setLabel(getTranslation("admin.norms.maxWaitingTickets"));
        maxWaitingTickets.setHelperText(getTranslation("admin.norms.empty"));
        maxWaitingTickets.setMin(1);
        idleCounterMinutes.setId("norms-idle");
        idleCounterMinutes.setLabel(getTranslation("admin.norms.idleCounterMinutes"));
        idleCounterMinutes.setMin(1);
        idleCounterMinutes.setMax(MAX_MINUTES);
        emailAlerts.setId("norms-email");
        emailAlerts.setLabel(getTranslation("admin.norms.emailAlerts"));
        emailAlerts.setHelperText(getTranslation("admin.norms.emailAlerts.help"));
        areaRows.setPadding(false);
        save.setId("norms-save");
        save.setText(getTranslation("admin.norms.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(
                new H3(getTranslation("admin.norms.title")),
                new HorizontalLayout(maxWaitingTickets, idleCounterMinutes),
                new H3(getTranslation("admin.norms.areas")),
                areaRows,
                emailAlerts,
                save);
    }

    void reload() {
        try {
            show(admin.offices().serviceNorms(admin.officeId()));
        } catch (ApiException e) {
            ServerErrors.show(e, Map.of());
        }
    }

    /** Lays out the office's active areas; called whenever the office's setup changes. */
    void showAreas(List<ServiceAreaView> areas) {
        areaRows.removeAll();
        areaFields.clear();
        areas.stream()
                .filter(ServiceAreaView::active)
                .sorted(Comparator.comparing(ServiceAreaView::prefix))
                .forEach(area -> {
                    IntegerField wait = minutes("admin.norms.maxWaitMinutes");
                    IntegerField service = minutes("admin.norms.maxServiceMinutes");
                    Span name = new Span(area.prefix() + " · " + area.name());
                    name.setWidth("16rem");
                    HorizontalLayout row = new HorizontalLayout(name, wait, service);
                    row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
                    row.addClassName("norm-area");
                    areaRows.add(row);
                    areaFields.put(area.id(), new IntegerField[] {wait, service});
                });
    }

    private IntegerField minutes(String label) {
        IntegerField field = new IntegerField();
        field.setLabel(getTranslation(label));
        field.setMin(1);
        field.setMax(MAX_MINUTES);
        return field;
    }

    private void show(ServiceNorms norms) {
        maxWaitingTickets.setValue(norms.maxWaitingTickets());
        idleCounterMinutes.setValue(norms.idleCounterMinutes());
        emailAlerts.setValue(norms.emailAlerts());
        areaFields.values().forEach(fields -> {
            fields[0].clear();
            fields[1].clear();
        });
        for (ServiceNorms.AreaNorm area : norms.areas()) {
            IntegerField[] fields = areaFields.get(area.areaId());
            if (fields != null) {
                fields[0].setValue(area.maxWaitMinutes());
                fields[1].setValue(area.maxServiceMinutes());
            }
        }
    }

    private void save() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("maxWaitingTickets", maxWaitingTickets);
        fields.put("idleCounterMinutes", idleCounterMinutes);
        List<ServiceNorms.AreaNorm> areas = new ArrayList<>();
        areaFields.forEach((areaId, pair) -> {
            // the server names a refused area's field by its place in this list
            String at = "areas[" + areas.size() + "].";
            fields.put(at + "maxWaitMinutes", pair[0]);
            fields.put(at + "maxServiceMinutes", pair[1]);
            areas.add(new ServiceNorms.AreaNorm(areaId, pair[0].getValue(), pair[1].getValue()));
        });
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            show(admin.offices()
                    .setServiceNorms(
                            admin.officeId(),
                            new ServiceNorms(
                                    maxWaitingTickets.getValue(),
                                    idleCounterMinutes.getValue(),
                                    emailAlerts.getValue(),
                                    areas)));
            admin.confirm(getTranslation("admin.norms.saved"));
        } catch (ApiException e) {
            ServerErrors.show(e, "admin.norms.server.", fields);
        }
    }
}
