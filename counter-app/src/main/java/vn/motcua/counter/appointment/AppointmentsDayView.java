package vn.motcua.counter.appointment;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.motcua.client.ApiException;
import vn.motcua.client.AppointmentApi;
import vn.motcua.client.api.AppointmentEntry;
import vn.motcua.client.api.AppointmentStatus;
import vn.motcua.client.api.ServiceAreaView;
import vn.motcua.counter.shared.DatePickers;
import vn.motcua.counter.shared.Refusals;
import vn.motcua.counter.shared.Routes;
import vn.motcua.counter.shared.StaffSession;
import vn.motcua.counter.shared.TopBar;

/**
 * "Lịch hẹn": the office's bookings of a day, today unless another day is picked, by time, with the area, the name and
 * phone to greet or call the citizen, and what became of each (booked, arrived, did not come, cancelled), so that the
 * counters know whom to expect and the head sees how many came.
 */
@RolesAllowed({"CLERK", "HEAD", "ADMIN"})
@Route(Routes.APPOINTMENTS)
public class AppointmentsDayView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    final DatePicker day = new DatePicker();
    final Paragraph summary = new Paragraph();
    final Grid<AppointmentEntry> list = new Grid<>();
    private AppointmentApi appointments;
    private long officeId;
    private ZoneId zone;
    private Map<Long, String> areaNames = Map.of();

    public AppointmentsDayView() {
        addClassName("appointments-day");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StaffSession.placed(event, false).ifPresent(s -> {
            if (appointments == null) {
                build(s);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appointments.title");
    }

    private void build(StaffSession staff) {
        appointments = StaffSession.api(AppointmentApi.class);
        officeId = staff.office().id();
        String timeZone = staff.office().timeZone();
        zone = timeZone == null ? ZoneId.of("Asia/Ho_Chi_Minh") : ZoneId.of(timeZone);
        areaNames = staff.office().areas().stream()
                .collect(Collectors.toMap(ServiceAreaView::id, ServiceAreaView::name, (a, b) -> a));
        day.setLabel(getTranslation("appointments.day"));
        DatePickers.localize(day);
        day.setValue(LocalDate.now(zone));
        day.addValueChangeListener(e -> reload());
        summary.addClassName("appointments-summary");
        setUpList();
        add(new TopBar(getTranslation("appointments.title"), staff.office().name(), staff), day, summary, list);
        reload();
    }

    private void setUpList() {
        list.addClassName("appointments-list");
        list.addColumn(a -> TIME.format(a.startsAt().atZone(zone)))
                .setHeader(getTranslation("appointments.col.time"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        list.addColumn(a -> areaNames.getOrDefault(a.areaId(), ""))
                .setHeader(getTranslation("appointments.col.area"))
                .setAutoWidth(true);
        list.addColumn(AppointmentEntry::name)
                .setHeader(getTranslation("appointments.col.name"))
                .setFlexGrow(2);
        list.addColumn(AppointmentEntry::phone)
                .setHeader(getTranslation("appointments.col.phone"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        list.addColumn(AppointmentEntry::code)
                .setHeader(getTranslation("appointments.col.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        list.addColumn(a -> getTranslation("appointments.status." + a.status().name()))
                .setHeader(getTranslation("appointments.col.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        list.setAllRowsVisible(true);
    }

    private void reload() {
        LocalDate chosen = day.getValue();
        if (chosen == null) {
            return;
        }
        List<AppointmentEntry> entries;
        try {
            entries = appointments.appointmentsOf(officeId, chosen);
        } catch (ApiException e) {
            Refusals.show(e);
            return;
        }
        list.setItems(entries);
        Map<AppointmentStatus, Long> counts =
                entries.stream().collect(Collectors.groupingBy(AppointmentEntry::status, Collectors.counting()));
        Function<AppointmentStatus, Long> count = s -> counts.getOrDefault(s, 0L);
        summary.setText(
                entries.isEmpty()
                        ? getTranslation("appointments.none")
                        : getTranslation(
                                "appointments.summary",
                                entries.size(),
                                count.apply(AppointmentStatus.CHECKED_IN),
                                count.apply(AppointmentStatus.BOOKED),
                                count.apply(AppointmentStatus.NO_SHOW),
                                count.apply(AppointmentStatus.CANCELLED)));
    }
}
