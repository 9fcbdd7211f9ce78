package vn.motcua.counter.shared;

import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.client.LiveListener;
import vn.motcua.client.LiveSubscription;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.AccessToken;
import vn.motcua.client.api.AppointmentArea;
import vn.motcua.client.api.AppointmentAreaRequest;
import vn.motcua.client.api.AreaRequest;
import vn.motcua.client.api.CounterRequest;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.DeviceRequest;
import vn.motcua.client.api.DeviceView;
import vn.motcua.client.api.MyDay;
import vn.motcua.client.api.NormBreach;
import vn.motcua.client.api.Notice;
import vn.motcua.client.api.OfficeForms;
import vn.motcua.client.api.OfficeSettings;
import vn.motcua.client.api.OfficeSnapshot;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.ProcedureImportResult;
import vn.motcua.client.api.ProcedureRequest;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.client.api.RatingSummary;
import vn.motcua.client.api.RatingView;
import vn.motcua.client.api.ServiceAreaView;
import vn.motcua.client.api.ServiceNorms;
import vn.motcua.client.api.ServiceTimes;
import vn.motcua.client.api.StaffDossierWork;
import vn.motcua.client.api.StaffRequest;
import vn.motcua.client.api.StaffUpdate;
import vn.motcua.client.api.StaffView;
import vn.motcua.client.api.TicketView;

/** The real backend: the typed REST client and its STOMP subscription, one pair per Vaadin session. */
final class ClientBackend implements Backend {

    private final MotcuaClient client;

    ClientBackend(MotcuaClient client) {
        this.client = client;
    }

    @Override
    public AccessToken signIn(String username, String password) {
        return client.signInStaff(username, password);
    }

    @Override
    public AccessToken replaceTemporaryPassword(String username, String temporaryPassword, String newPassword) {
        return client.replaceTemporaryPassword(username, temporaryPassword, newPassword);
    }

    @Override
    public void changeOwnPassword(String currentPassword, String newPassword) {
        client.staff().changeOwnPassword(currentPassword, newPassword);
    }

    @Override
    public List<OfficeView> offices() {
        return client.offices().offices();
    }

    @Override
    public OfficeSnapshot snapshot(long officeId) {
        return client.queue().snapshot(officeId);
    }

    @Override
    public TicketView callNext(long officeId, long counterId) {
        return client.queue().callNext(officeId, counterId);
    }

    @Override
    public TicketView callTicket(long officeId, long counterId, String ticketId) {
        return client.queue().callTicket(officeId, counterId, ticketId);
    }

    @Override
    public TicketView recall(long officeId, long counterId) {
        return client.queue().recall(officeId, counterId);
    }

    @Override
    public TicketView start(long officeId, long counterId) {
        return client.queue().start(officeId, counterId);
    }

    @Override
    public TicketView finish(long officeId, long counterId) {
        return client.queue().finish(officeId, counterId);
    }

    @Override
    public TicketView noShow(long officeId, long counterId) {
        return client.queue().noShow(officeId, counterId);
    }

    @Override
    public TicketView park(long officeId, long counterId) {
        return client.queue().park(officeId, counterId);
    }

    @Override
    public TicketView unpark(long officeId, long counterId, String ticketId) {
        return client.queue().unpark(officeId, counterId, ticketId);
    }

    @Override
    public TicketView transferToArea(long officeId, long counterId, long areaId) {
        return client.queue().transferToArea(officeId, counterId, areaId);
    }

    @Override
    public TicketView transferToCounter(long officeId, long counterId, long toCounterId) {
        return client.queue().transferToCounter(officeId, counterId, toCounterId);
    }

    @Override
    public void pause(long officeId, long counterId, String reason) {
        client.queue().pause(officeId, counterId, reason);
    }

    @Override
    public void resume(long officeId, long counterId) {
        client.queue().resume(officeId, counterId);
    }

    @Override
    public MyDay myDay(long officeId) {
        return client.queue().myDay(officeId);
    }

    @Override
    public Registration follow(long officeId, LiveListener listener) {
        LiveSubscription subscription = LiveSubscription.queue(client, officeId, listener);
        return subscription::close;
    }

    @Override
    public Registration followBoard(long officeId, LiveListener listener) {
        LiveSubscription subscription = LiveSubscription.board(client, officeId, listener);
        return subscription::close;
    }

    @Override
    public List<NormBreach> openNormBreaches(long officeId) {
        return client.reports().openNormBreaches(officeId);
    }

    @Override
    public ServiceNorms serviceNorms(long officeId) {
        return client.offices().serviceNorms(officeId);
    }

    @Override
    public ServiceNorms setServiceNorms(long officeId, ServiceNorms norms) {
        return client.offices().setServiceNorms(officeId, norms);
    }

    @Override
    public List<AppointmentArea> appointmentAreas(long officeId) {
        return client.appointments().appointmentAreas(officeId);
    }

    @Override
    public AppointmentArea setAppointmentArea(long officeId, long areaId, AppointmentAreaRequest settings) {
        return client.appointments().setAppointmentArea(officeId, areaId, settings);
    }

    @Override
    public List<RatingView> ratings(
            long officeId, LocalDate from, LocalDate to, Long areaId, Long counterId, Long clerkId) {
        return client.ratings().ratings(officeId, from, to, areaId, counterId, clerkId);
    }

    @Override
    public RatingSummary ratingSummary(
            long officeId, LocalDate from, LocalDate to, Long areaId, Long counterId, Long clerkId) {
        return client.ratings().ratingSummary(officeId, from, to, areaId, counterId, clerkId);
    }

    @Override
    public ServiceTimes serviceTimes(long officeId, LocalDate from, LocalDate to, Long areaId) {
        return client.reports().serviceTimes(officeId, from, to, areaId);
    }

    @Override
    public List<StaffDossierWork> dossierWork(long officeId, LocalDate from, LocalDate to, Long areaId) {
        return client.reports().dossierWork(officeId, from, to, areaId);
    }

    @Override
    public OfficeView office(long officeId) {
        return client.offices().office(officeId);
    }

    @Override
    public OfficeView updateOffice(long officeId, OfficeSettings settings) {
        return client.offices().updateOffice(officeId, settings);
    }

    @Override
    public OfficeForms officeForms(long officeId) {
        return client.offices().officeForms(officeId);
    }

    @Override
    public OfficeForms updateOfficeForms(long officeId, OfficeForms forms) {
        return client.offices().updateOfficeForms(officeId, forms);
    }

    @Override
    public ServiceAreaView addArea(long officeId, AreaRequest area) {
        return client.offices().addArea(officeId, area);
    }

    @Override
    public ServiceAreaView updateArea(long officeId, long areaId, AreaRequest area) {
        return client.offices().updateArea(officeId, areaId, area);
    }

    @Override
    public CounterView addCounter(long officeId, CounterRequest counter) {
        return client.offices().addCounter(officeId, counter);
    }

    @Override
    public CounterView updateCounter(long officeId, long counterId, CounterRequest counter) {
        return client.offices().updateCounter(officeId, counterId, counter);
    }

    @Override
    public List<StaffView> staff(long officeId) {
        return client.staff().staff(officeId);
    }

    @Override
    public StaffView addStaff(long officeId, StaffRequest staff) {
        return client.staff().addStaff(officeId, staff);
    }

    @Override
    public StaffView updateStaff(long officeId, long staffId, StaffUpdate staff) {
        return client.staff().updateStaff(officeId, staffId, staff);
    }

    @Override
    public void lockStaff(long officeId, long staffId) {
        client.staff().lockStaff(officeId, staffId);
    }

    @Override
    public void unlockStaff(long officeId, long staffId) {
        client.staff().unlockStaff(officeId, staffId);
    }

    @Override
    public void resetPassword(long officeId, long staffId, String temporaryPassword) {
        client.staff().resetPassword(officeId, staffId, temporaryPassword);
    }

    @Override
    public List<DeviceView> devices(long officeId) {
        return client.devices().devices(officeId);
    }

    @Override
    public DeviceView addDevice(long officeId, DeviceRequest device) {
        return client.devices().addDevice(officeId, device);
    }

    @Override
    public void revokeDevice(long officeId, long deviceId) {
        client.devices().revokeDevice(officeId, deviceId);
    }

    @Override
    public DeviceView resetDeviceSecret(long officeId, long deviceId) {
        return client.devices().resetDeviceSecret(officeId, deviceId);
    }

    @Override
    public String notice(long officeId) {
        return text(client.offices().notice(officeId));
    }

    @Override
    public String setNotice(long officeId, String text) {
        return text(client.offices().setNotice(officeId, text));
    }

    @Override
    public List<ProcedureView> procedures(long officeId) {
        return client.offices().allProcedures(officeId);
    }

    @Override
    public ProcedureView createProcedure(long officeId, ProcedureRequest procedure) {
        return client.offices().createProcedure(officeId, procedure);
    }

    @Override
    public ProcedureView updateProcedure(long officeId, long procedureId, ProcedureRequest procedure) {
        return client.offices().updateProcedure(officeId, procedureId, procedure);
    }

    @Override
    public ProcedureImportResult importProcedures(long officeId, String csv) {
        return client.offices().importProcedures(officeId, csv);
    }

    private static String text(Notice notice) {
        return notice == null || notice.text() == null ? "" : notice.text();
    }
}
