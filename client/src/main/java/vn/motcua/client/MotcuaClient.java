package vn.motcua.client;

import java.net.URI;
import org.springframework.web.client.RestClient;
import vn.motcua.client.api.AccessToken;
import vn.motcua.client.api.DeviceLogin;
import vn.motcua.client.api.PairingReference;
import vn.motcua.client.api.StaffLogin;
import vn.motcua.client.api.TemporaryPasswordChange;

/**
 * One signed-in staff member or device, and the typed interfaces of the server's API that act as it. Thread-safe.
 * A device signs in again by itself when its token expires, with its secret or its screen pairing's reference
 * ({@link SessionAuth}); queue commands carry an Idempotency-Key and are retried ({@link CommandRetry}); every
 * refusal is an {@link ApiException}.
 */
public class MotcuaClient {

    private final URI baseUrl;
    private final AuthApi auth;
    private final PageApi pages;
    private final QueueApi queue;
    private final OfficeApi offices;
    private final StaffApi staff;
    private final DeviceApi devices;
    private final DossierApi dossiers;
    private final RatingApi ratings;
    private final AppointmentApi appointments;
    private final ReportApi reports;
    private final CalendarApi calendar;
    private final IntegrationApi integration;
    private final FileApi files;
    private final FeedbackApi feedback;
    private volatile AccessToken token;
    private volatile DeviceLogin device;
    private volatile PairingReference pairing;
    private volatile String actingFor;

    /** A client with an HTTP connection of its own; apps with many sessions share a {@link ServerConnection}. */
    public MotcuaClient(URI baseUrl) {
        this(baseUrl, new ServerConnection(baseUrl));
    }

    MotcuaClient(URI baseUrl, ServerConnection connection) {
        this.baseUrl = baseUrl;
        this.auth = connection.auth();
        this.pages = connection.pages();
        Exchanges answers = new Exchanges(signedIn(connection.rest()));
        this.queue = answers.create(QueueApi.class);
        this.offices = answers.create(OfficeApi.class);
        this.staff = answers.create(StaffApi.class);
        this.devices = answers.create(DeviceApi.class);
        this.dossiers = answers.create(DossierApi.class);
        this.ratings = answers.create(RatingApi.class);
        this.appointments = answers.create(AppointmentApi.class);
        this.reports = answers.create(ReportApi.class);
        this.calendar = answers.create(CalendarApi.class);
        this.integration = answers.create(IntegrationApi.class);
        this.feedback = answers.create(FeedbackApi.class);
        this.files = new Exchanges(signedIn(connection.files())).create(FileApi.class);
    }

    private RestClient signedIn(RestClient rest) {
        return rest.mutate().requestInterceptor(new SessionAuth(this)).build();
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public AccessToken token() {
        return token;
    }

    /**
     * Names whom this client signs in for, by the address the person's browser reached the app from. Sign-ins send it
     * as X-Forwarded-For, so that the server's per-address sign-in throttles count each browser on its own rather than
     * every clerk or screen behind one app as one address, where one guesser would lock out all of them. The server
     * believes the header only from a trusted proxy (its forwarded-headers setting), which an app replica is.
     */
    public MotcuaClient actingFor(String browserAddress) {
        this.actingFor = browserAddress;
        return this;
    }

    public AccessToken signInStaff(String username, String password) {
        token = auth.staff(new StaffLogin(username, password), actingFor);
        return token;
    }

    /** After 403 PASSWORD_CHANGE_REQUIRED: replaces the admin-set temporary password and signs in. */
    public AccessToken replaceTemporaryPassword(String username, String temporaryPassword, String newPassword) {
        token = auth.temporaryPassword(
                new TemporaryPasswordChange(username, temporaryPassword, newPassword), actingFor);
        return token;
    }

    public AccessToken signInDevice(String code, String secret) {
        DeviceLogin login = new DeviceLogin(code, secret);
        token = auth.device(login, actingFor);
        device = login;
        pairing = null;
        return token;
    }

    /**
     * Signs in as the device a screen was paired as, with the pairing's reference instead of the device's secret;
     * the client signs in again with it when its token expires. 401 once the screen was unpaired.
     */
    public AccessToken signInPairing(String reference) {
        PairingReference body = new PairingReference(reference);
        token = auth.pairing(body, actingFor);
        pairing = body;
        device = null;
        return token;
    }

    /** Signs a device or paired screen in again, as it signed in; false for staff, who sign in themselves. */
    boolean signInAgain() {
        DeviceLogin login = device;
        PairingReference paired = pairing;
        if (login != null) {
            signInDevice(login.code(), login.secret());
            return true;
        }
        if (paired != null) {
            signInPairing(paired.reference());
            return true;
        }
        return false;
    }

    public QueueApi queue() {
        return queue;
    }

    public OfficeApi offices() {
        return offices;
    }

    public StaffApi staff() {
        return staff;
    }

    public DeviceApi devices() {
        return devices;
    }

    public DossierApi dossiers() {
        return dossiers;
    }

    public RatingApi ratings() {
        return ratings;
    }

    public AppointmentApi appointments() {
        return appointments;
    }

    public ReportApi reports() {
        return reports;
    }

    public CalendarApi calendar() {
        return calendar;
    }

    public IntegrationApi integration() {
        return integration;
    }

    public FileApi files() {
        return files;
    }

    public FeedbackApi feedback() {
        return feedback;
    }

    public PageApi pages() {
        return pages;
    }
}
