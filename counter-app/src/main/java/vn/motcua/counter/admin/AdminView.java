package vn.motcua.counter.admin;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import vn.motcua.client.ApiException;
import vn.motcua.client.AppointmentApi;
import vn.motcua.client.DeviceApi;
import vn.motcua.client.OfficeApi;
import vn.motcua.client.StaffApi;
import vn.motcua.client.api.OfficeView;
import vn.motcua.counter.shared.Refusals;
import vn.motcua.counter.shared.Routes;
import vn.motcua.counter.shared.StaffSession;
import vn.motcua.counter.shared.TopBar;

/**
 * The office's administration: service areas, counters, staff accounts, devices, the hall board's notice,
 * the office's own settings (hours, priority run), its catalogue of procedures, the working calendar and the
 * appointments per area, one tab each.
 */
@RolesAllowed({"ADMIN"})
@Route(Routes.ADMIN)
public class AdminView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int SAVED_MILLIS = 3000;

    private StaffSession staff;
    private AreasTab areas;
    private CountersTab counters;
    private StaffTab people;
    private DevicesTab devices;
    private NoticeTab notice;
    private NormsTab norms;
    private OfficeTab settings;
    private ProceduresTab procedures;
    private CalendarTab calendar;
    private AppointmentsTab appointments;

    public AdminView() {
        addClassName("admin");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StaffSession.placed(event, false).ifPresent(s -> {
            if (staff == null) {
                build(s);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title");
    }

    OfficeApi offices() {
        return StaffSession.api(OfficeApi.class);
    }

    StaffApi staff() {
        return StaffSession.api(StaffApi.class);
    }

    DeviceApi devices() {
        return StaffSession.api(DeviceApi.class);
    }

    AppointmentApi appointments() {
        return StaffSession.api(AppointmentApi.class);
    }

    long officeId() {
        return staff.office().id();
    }

    /** Whether the account is the signed-in admin's own, which they may not lock nor strip of ADMIN. */
    boolean isSelf(long staffId) {
        return staff.staffId() == staffId;
    }

    ZoneId zone() {
        String zone = staff.office().timeZone();
        return zone == null ? ZoneId.of("Asia/Ho_Chi_Minh") : ZoneId.of(zone);
    }

    /** Confirms a change and re-reads the office, so every tab (and the other screens) see the new setup. */
    void saved(String message) {
        confirm(message);
        refreshOffice();
    }

    /** Confirms a change that leaves the office's setup as it was. */
    void confirm(String message) {
        Notification done = new Notification(message, SAVED_MILLIS, Notification.Position.TOP_CENTER);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        done.open();
    }

    private void build(StaffSession s) {
        staff = s;
        areas = new AreasTab(this);
        counters = new CountersTab(this);
        people = new StaffTab(this);
        devices = new DevicesTab(this);
        notice = new NoticeTab(this);
        norms = new NormsTab(this);
        settings = new OfficeTab(this);
        procedures = new ProceduresTab(this);
        calendar = new CalendarTab(this);
        appointments = new AppointmentsTab(this);
        TabSheet tabs = new TabSheet();
        tabs.addClassName("admin-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("admin.tab.areas"), areas).setId("tab-areas");
        tabs.add(getTranslation("admin.tab.counters"), counters).setId("tab-counters");
        tabs.add(getTranslation("admin.tab.staff"), people).setId("tab-staff");
        tabs.add(getTranslation("admin.tab.devices"), devices).setId("tab-devices");
        tabs.add(getTranslation("admin.tab.notice"), notice).setId("tab-notice");
        tabs.add(getTranslation("admin.tab.norms"), norms).setId("tab-norms");
        tabs.add(getTranslation("admin.tab.office"), settings).setId("tab-office");
        tabs.add(getTranslation("admin.tab.procedures"), procedures).setId("tab-procedures");
        Tab calendarTab = tabs.add(getTranslation("admin.tab.calendar"), calendar);
        calendarTab.setId("tab-calendar");
        tabs.add(getTranslation("admin.tab.appointments"), appointments).setId("tab-appointments");
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == calendarTab) {
                calendar.reload();
            }
        });
        add(new TopBar(getTranslation("admin.title"), s.office().name(), s), tabs);
        show(s.office());
        people.reload();
        devices.reload();
        notice.reload();
        norms.reload();
        appointments.reload();
        procedures.reload();
        settings.reloadForms();
    }

    private void refreshOffice() {
        try {
            OfficeView office = offices().office(officeId());
            staff.choose(office, staff.counter());
            show(office);
        } catch (ApiException e) {
            Refusals.show(e);
        }
    }

    private void show(OfficeView office) {
        areas.show(office);
        counters.show(office);
        devices.show(office);
        settings.show(office);
        procedures.show(office);
        norms.showAreas(office.areas());
        appointments.showAreas(office.areas());
    }
}
