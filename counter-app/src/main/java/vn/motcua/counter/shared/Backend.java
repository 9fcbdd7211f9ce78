package vn.motcua.counter.shared;

import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.client.LiveListener;
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

/**
 * The part of the server's API that this app's screens use, for one signed-in staff member. Kept this
 * small so that every view can be tested against an in-memory fake. Refusals are ApiExceptions.
 */
public interface Backend {

    AccessToken signIn(String username, String password);

    AccessToken replaceTemporaryPassword(String username, String temporaryPassword, String newPassword);

    /** The signed-in member of staff's own password; any role may change it. */
    void changeOwnPassword(String currentPassword, String newPassword);

    List<OfficeView> offices();

    OfficeSnapshot snapshot(long officeId);

    TicketView callNext(long officeId, long counterId);

    TicketView callTicket(long officeId, long counterId, String ticketId);

    TicketView recall(long officeId, long counterId);

    TicketView start(long officeId, long counterId);

    TicketView finish(long officeId, long counterId);

    TicketView noShow(long officeId, long counterId);

    TicketView park(long officeId, long counterId);

    TicketView unpark(long officeId, long counterId, String ticketId);

    TicketView transferToArea(long officeId, long counterId, long areaId);

    TicketView transferToCounter(long officeId, long counterId, long toCounterId);

    void pause(long officeId, long counterId, String reason);

    void resume(long officeId, long counterId);

    /** The signed-in clerk's own figures for today. */
    MyDay myDay(long officeId);

    /** Follows the office's queue live (snapshot, then events, resynchronised after any gap) until removed. */
    Registration follow(long officeId, LiveListener listener);

    /** Like {@link #follow}, and also hears each norm breach that starts or ends (HEAD or ADMIN). */
    Registration followBoard(long officeId, LiveListener listener);

    /** The norm breaches that last now (HEAD or ADMIN). */
    List<NormBreach> openNormBreaches(long officeId);

    /** The office's service norms (HEAD or ADMIN). */
    ServiceNorms serviceNorms(long officeId);

    /** Replaces the office's service norms (ADMIN); answers them as the server keeps them. */
    ServiceNorms setServiceNorms(long officeId, ServiceNorms norms);

    /** The areas that take bookings, with their slot length and capacity (ADMIN or HEAD). */
    List<AppointmentArea> appointmentAreas(long officeId);

    /** Sets an area's slot length and capacity, and whether it takes bookings (ADMIN). */
    AppointmentArea setAppointmentArea(long officeId, long areaId, AppointmentAreaRequest settings);

    // --- the head's review (HEAD or ADMIN); null filters mean "all" ---

    List<RatingView> ratings(long officeId, LocalDate from, LocalDate to, Long areaId, Long counterId, Long clerkId);

    RatingSummary ratingSummary(long officeId, LocalDate from, LocalDate to, Long areaId, Long counterId, Long clerkId);

    ServiceTimes serviceTimes(long officeId, LocalDate from, LocalDate to, Long areaId);

    List<StaffDossierWork> dossierWork(long officeId, LocalDate from, LocalDate to, Long areaId);

    // --- administration (ADMIN of the office) ---

    OfficeView office(long officeId);

    /** The office's name, agency code, opening hours and priority run; answers the office as it now is. */
    OfficeView updateOffice(long officeId, OfficeSettings settings);

    /** What the office's printed forms say of it and which model forms (TT 03/2025 or TT 01/2018) it follows. */
    OfficeForms officeForms(long officeId);

    /** Answers the settings as the server stored them (the agency header in upper case). */
    OfficeForms updateOfficeForms(long officeId, OfficeForms forms);

    ServiceAreaView addArea(long officeId, AreaRequest area);

    ServiceAreaView updateArea(long officeId, long areaId, AreaRequest area);

    CounterView addCounter(long officeId, CounterRequest counter);

    CounterView updateCounter(long officeId, long counterId, CounterRequest counter);

    List<StaffView> staff(long officeId);

    StaffView addStaff(long officeId, StaffRequest staff);

    StaffView updateStaff(long officeId, long staffId, StaffUpdate staff);

    void lockStaff(long officeId, long staffId);

    void unlockStaff(long officeId, long staffId);

    void resetPassword(long officeId, long staffId, String temporaryPassword);

    List<DeviceView> devices(long officeId);

    /** The answer is the only place the device's secret ever appears. */
    DeviceView addDevice(long officeId, DeviceRequest device);

    void revokeDevice(long officeId, long deviceId);

    /** A new secret, in the only answer that shows it; the device's screens must be paired again with it. */
    DeviceView resetDeviceSecret(long officeId, long deviceId);

    /** The line shown at the bottom of the hall display board; empty when there is none. */
    String notice(long officeId);

    /** An empty text takes the notice off the board. Returns the notice as the server keeps it. */
    String setNotice(long officeId, String text);

    /** The office's procedure catalogue, those no longer in use too. */
    List<ProcedureView> procedures(long officeId);

    ProcedureView createProcedure(long officeId, ProcedureRequest procedure);

    ProcedureView updateProcedure(long officeId, long procedureId, ProcedureRequest procedure);

    /** All or nothing: a refusal (400 INVALID_CSV) lists every wrong line in its field errors. */
    ProcedureImportResult importProcedures(long officeId, String csv);
}
