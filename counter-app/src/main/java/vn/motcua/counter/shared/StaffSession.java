package vn.motcua.counter.shared;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.Authentication;
import vn.motcua.client.api.AccessToken;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.Role;

/**
 * Who is signed in on this Vaadin session, and at which office and counter he works. Remembered for the
 * session only: a clerk who moves to another counter simply picks it again. Who may open which view is Spring
 * Security's business (the views' {@code @RolesAllowed}); this holds the session's way to the server and the
 * {@link StaffAuthentication} that sign-in gave.
 */
public final class StaffSession {

    private final Backend backend;
    private final AuthenticationManager authentication;
    private final Consumer<Authentication> keep;
    private StaffAuthentication signedIn;
    private OfficeView office;
    private CounterView counter;

    private StaffSession(Backend backend, AuthenticationProvider provider, Consumer<Authentication> keep) {
        this.backend = backend;
        this.authentication = new ProviderManager(provider);
        this.keep = keep;
    }

    /**
     * Puts a fresh, signed-out staff session on a Vaadin session.
     *
     * @param keep hands a sign-in to Spring Security ({@link SpringSignIn} outside tests)
     */
    public static StaffSession install(
            VaadinSession session, Backend backend, AuthenticationProvider provider, Consumer<Authentication> keep) {
        StaffSession staff = new StaffSession(backend, provider, keep);
        session.setAttribute(StaffSession.class, staff);
        return staff;
    }

    /** A staff session signing in through the server with {@link ServerAuthentication}, for tests. */
    public static StaffSession install(VaadinSession session, Backend backend, Consumer<Authentication> keep) {
        return install(session, backend, new ServerAuthentication(), keep);
    }

    public static StaffSession current() {
        return VaadinSession.getCurrent().getAttribute(StaffSession.class);
    }

    /** One of the API's interfaces over this session's client, as {@link BackendConfig} put it on the session. */
    public static <T> T api(Class<T> type) {
        return VaadinSession.getCurrent().getAttribute(type);
    }

    /**
     * Sends the browser to the place picker when no office (or, for the console, no counter) is chosen yet. Who
     * may enter at all was settled before, by Spring Security.
     */
    public static Optional<StaffSession> placed(BeforeEnterEvent event, boolean needsCounter) {
        StaffSession staff = current();
        if (staff.office == null || (needsCounter && staff.counter == null)) {
            event.forwardTo(Routes.PLACE);
            return Optional.empty();
        }
        return Optional.of(staff);
    }

    /**
     * Signs out through Spring Security, which ends the whole HTTP session, so the next person at this PC starts
     * with a fresh client and no token, and sends the browser to sign-in.
     */
    public static void signOut() {
        VaadinService.getCurrent()
                .getInstantiator()
                .getOrCreate(AuthenticationContext.class)
                .logout();
    }

    public Backend backend() {
        return backend;
    }

    /** @throws org.springframework.security.core.AuthenticationException when the server refuses */
    public AccessToken signIn(String username, String password) {
        Authentication done =
                authentication.authenticate(new ServerAuthentication.Credentials(username, password, backend));
        return start((StaffAuthentication) done);
    }

    /** After an admin's reset: the temporary password is replaced and the session starts with the new token. */
    public AccessToken replaceTemporaryPassword(String username, String temporary, String fresh) {
        return start(new StaffAuthentication(backend.replaceTemporaryPassword(username, temporary, fresh)));
    }

    private AccessToken start(StaffAuthentication done) {
        signedIn = done;
        office = null;
        counter = null;
        keep.accept(done);
        return done.token();
    }

    public boolean signedIn() {
        return signedIn != null;
    }

    public String displayName() {
        return signedIn == null ? "" : signedIn.token().displayName();
    }

    /** The signed-in person's staff id, as the server numbers staff accounts. */
    public long staffId() {
        String subject = signedIn.token().subject();
        return Long.parseLong(subject.substring(subject.indexOf(':') + 1));
    }

    public boolean has(Role role) {
        return signedIn != null && signedIn.token().roles().contains(role);
    }

    /** Clerks and heads may work a counter; the server refuses counter commands to anyone else. */
    public boolean mayWorkCounter() {
        return has(Role.CLERK) || has(Role.HEAD);
    }

    public boolean mayWatchOffice() {
        return has(Role.HEAD) || has(Role.ADMIN);
    }

    public boolean mayAdminister() {
        return has(Role.ADMIN);
    }

    public OfficeView office() {
        return office;
    }

    public CounterView counter() {
        return counter;
    }

    public void choose(OfficeView office, CounterView counter) {
        this.office = office;
        this.counter = counter;
    }
}
