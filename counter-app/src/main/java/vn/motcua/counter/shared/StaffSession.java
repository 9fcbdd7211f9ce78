package vn.motcua.counter.shared;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import vn.motcua.client.api.AccessToken;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.Role;

/**
 * Who is signed in on this Vaadin session, and at which office and counter he works. Remembered for the
 * session only: a clerk who moves to another counter simply picks it again.
 */
public final class StaffSession {

    private final Backend backend;
    private final Runnable renewSessionId;
    private AccessToken token;
    private OfficeView office;
    private CounterView counter;

    private StaffSession(Backend backend, Runnable renewSessionId) {
        this.backend = backend;
        this.renewSessionId = renewSessionId;
    }

    /** Puts a fresh, signed-out staff session on a Vaadin session. */
    public static StaffSession install(VaadinSession session, Backend backend) {
        return install(session, backend, StaffSession::renewServletSessionId);
    }

    /** @param renewSessionId gives the browser a new session id at sign-in (the servlet's, outside tests) */
    public static StaffSession install(VaadinSession session, Backend backend, Runnable renewSessionId) {
        StaffSession staff = new StaffSession(backend, renewSessionId);
        session.setAttribute(StaffSession.class, staff);
        return staff;
    }

    /**
     * Against session fixation: an id that someone planted or saw before sign-in is worth nothing after it. The
     * session itself, with the token just issued, stays. Needs the sign-in to come as an HTTP request, not over
     * the push WebSocket (see CounterApplication).
     */
    private static void renewServletSessionId() {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            request.getHttpServletRequest().changeSessionId();
        }
    }

    public static StaffSession current() {
        return VaadinSession.getCurrent().getAttribute(StaffSession.class);
    }

    /** Sends the browser to sign-in when nobody is signed in, to the place picker when no office is chosen. */
    public static Optional<StaffSession> require(BeforeEnterEvent event, boolean needsCounter) {
        StaffSession staff = current();
        if (staff == null || staff.token == null) {
            event.forwardTo(Routes.SIGN_IN);
            return Optional.empty();
        }
        if (staff.office == null || (needsCounter && staff.counter == null)) {
            event.forwardTo(Routes.PLACE);
            return Optional.empty();
        }
        return Optional.of(staff);
    }

    /** Ends the whole HTTP session, so the next person at this PC starts with a fresh client and no token. */
    public static void signOut() {
        VaadinSession.getCurrent().getSession().invalidate();
        UI.getCurrent().getPage().setLocation("/");
    }

    public Backend backend() {
        return backend;
    }

    public AccessToken signIn(String username, String password) {
        token = backend.signIn(username, password);
        office = null;
        counter = null;
        renewSessionId.run();
        return token;
    }

    /** After an admin's reset: the temporary password is replaced and the session starts with the new token. */
    public AccessToken replaceTemporaryPassword(String username, String temporary, String fresh) {
        token = backend.replaceTemporaryPassword(username, temporary, fresh);
        office = null;
        counter = null;
        renewSessionId.run();
        return token;
    }

    public boolean signedIn() {
        return token != null;
    }

    public String displayName() {
        return token == null ? "" : token.displayName();
    }

    /** The signed-in person's staff id, as the server numbers staff accounts. */
    public long staffId() {
        String subject = token.subject();
        return Long.parseLong(subject.substring(subject.indexOf(':') + 1));
    }

    public boolean has(Role role) {
        return token != null && token.roles().contains(role);
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
