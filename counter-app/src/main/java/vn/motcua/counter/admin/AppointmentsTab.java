package vn.motcua.counter.admin;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.AppointmentArea;
import vn.motcua.client.api.AppointmentAreaRequest;
import vn.motcua.client.api.ServiceAreaView;

/**
 * Appointments per service area: how long a slot lasts and how many citizens one slot takes, and whether the area
 * takes bookings at all. Slots follow the office's opening hours and the working calendar; the server says which.
 * Below them, the office's tickets from the phone, the other way to come without taking a ticket at the kiosk.
 */
class AppointmentsTab extends VerticalLayout {

    /** The server's bounds, which the fields repeat so that a wrong number is seen before saving. */
    static final int MIN_SLOT = 5;

    static final int MAX_SLOT = 240;
    static final int MAX_CAPACITY = 100;

    /** One row per active area, in the order of their prefixes. */
    final Map<Long, Row> rows = new LinkedHashMap<>();

    final PhoneTicketsSection phoneTickets;

    private final VerticalLayout areaRows = new VerticalLayout();
    private final AdminView admin;
    private List<AppointmentArea> loaded = List.of();

    record Row(IntegerField slotMinutes, IntegerField capacity, Checkbox active, Button save) {}

    AppointmentsTab(AdminView admin) {
        this.admin = admin;
        addClassName("admin-appointments");
        setWidth("56rem");
        areaRows.setPadding(false);
        phoneTickets = new PhoneTicketsSection(admin);
        add(
                new H3(getTranslation("admin.appointments.title")),
                new Paragraph(getTranslation("admin.appointments.help")),
                areaRows,
                phoneTickets);
    }

    /** Lays out the office's active areas; called whenever the office's setup changes. */
    void showAreas(List<ServiceAreaView> areas) {
        areaRows.removeAll();
        rows.clear();
        areas.stream()
                .filter(ServiceAreaView::active)
                .sorted(Comparator.comparing(ServiceAreaView::prefix))
                .forEach(area -> {
                    IntegerField slot = number("admin.appointments.slotMinutes", MIN_SLOT, MAX_SLOT);
                    IntegerField capacity = number("admin.appointments.capacity", 1, MAX_CAPACITY);
                    Checkbox active = new Checkbox(getTranslation("admin.appointments.active"));
                    Button save = new Button(getTranslation("admin.appointments.save"));
                    Row row = new Row(slot, capacity, active, save);
                    save.addClickListener(e -> save(area.id(), row));
                    Span name = new Span(area.prefix() + " · " + area.name());
                    name.setWidth("16rem");
                    HorizontalLayout line = new HorizontalLayout(name, slot, capacity, active, save);
                    line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
                    line.addClassName("appointment-area");
                    areaRows.add(line);
                    rows.put(area.id(), row);
                });
        loaded.forEach(this::show);
    }

    void reload() {
        try {
            loaded = admin.appointments().appointmentAreas(admin.officeId());
            loaded.forEach(this::show);
        } catch (ApiException e) {
            ServerErrors.show(e, Map.of());
        }
        phoneTickets.reload();
    }

    private void show(AppointmentArea settings) {
        Row row = rows.get(settings.areaId());
        if (row != null) {
            row.slotMinutes().setValue(settings.slotMinutes());
            row.capacity().setValue(settings.capacity());
            row.active().setValue(settings.active());
        }
    }

    private IntegerField number(String label, int min, int max) {
        IntegerField field = new IntegerField();
        field.setLabel(getTranslation(label));
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        return field;
    }

    private void save(long areaId, Row row) {
        Map<String, HasValidation> fields = Map.of("slotMinutes", row.slotMinutes(), "capacity", row.capacity());
        fields.values().forEach(f -> f.setInvalid(false));
        if (row.slotMinutes().getValue() == null || row.capacity().getValue() == null) {
            row.slotMinutes().setErrorMessage(getTranslation("admin.appointments.server.slotMinutes"));
            row.slotMinutes().setInvalid(row.slotMinutes().getValue() == null);
            row.capacity().setErrorMessage(getTranslation("admin.appointments.server.capacity"));
            row.capacity().setInvalid(row.capacity().getValue() == null);
            return;
        }
        try {
            admin.appointments()
                    .setAppointmentArea(
                            admin.officeId(),
                            areaId,
                            new AppointmentAreaRequest(
                                    row.slotMinutes().getValue(),
                                    row.capacity().getValue(),
                                    row.active().getValue()));
            reload();
            admin.confirm(getTranslation("admin.appointments.saved"));
        } catch (ApiException e) {
            ServerErrors.show(e, "admin.appointments.server.", fields);
        }
    }
}
