package vn.motcua.counter.testing;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servletapi.SecurityContextHolderAwareRequestWrapper;
import tools.jackson.databind.node.ObjectNode;
import vn.motcua.client.AppointmentApi;
import vn.motcua.client.DeviceApi;
import vn.motcua.client.DossierApi;
import vn.motcua.client.FeedbackApi;
import vn.motcua.client.FileApi;
import vn.motcua.client.OfficeApi;
import vn.motcua.client.QueueApi;
import vn.motcua.client.RatingApi;
import vn.motcua.client.ReportApi;
import vn.motcua.client.StaffApi;
import vn.motcua.client.api.Role;
import vn.motcua.client.testing.Fakes;
import vn.motcua.counter.shared.Messages;
import vn.motcua.counter.shared.Routes;
import vn.motcua.counter.shared.StaffSession;
import vn.motcua.counter.signin.SignInView;

/**
 * A browserless view test against the in-memory backend, in Vietnamese, with every route of the app and the views'
 * access annotations checked by Vaadin's Spring Security navigation control.
 */
public abstract class ViewTest extends BrowserlessTest {

    static {
        // The texts come from the app's own I18NProvider, as in production where Spring supplies it.
        System.setProperty("vaadin.i18n.provider", Messages.class.getName());
    }

    protected final FakeBackend backend = new FakeBackend();
    protected final FakeDossierApi dossiers = new FakeDossierApi();
    /** The office's feedback, which the head's board counts and the feedback screen lists. */
    protected final FakeFeedbackApi feedback = new FakeFeedbackApi();

    protected StaffSession staff;
    /** How many times a sign-in renewed the session id (the mock request cannot change it). */
    protected int sessionIdRenewals;

    @Override
    protected Set<String> scanPackages() {
        return Set.of("vn.motcua.counter");
    }

    @BeforeEach
    void freshStaffSession() {
        VaadinSession.getCurrent().setLocale(Messages.VIETNAMESE);
        UI.getCurrent().setLocale(Messages.VIETNAMESE);
        // as in production, where Vaadin's Spring Security integration puts it on every UI
        SpringNavigationAccessControl access = new SpringNavigationAccessControl();
        access.setLoginView(SignInView.class);
        UI.getCurrent().addBeforeEnterListener(access);
        // the request as Spring Security's filter chain hands it to Vaadin: its user is the signed-in staff member
        MockRequest request = mockRequest(VaadinServletRequest.getCurrent().getHttpServletRequest());
        SecurityContextHolderAwareRequestWrapper secured =
                new SecurityContextHolderAwareRequestWrapper(request, "ROLE_");
        request.principalProvider(secured::getUserPrincipal);
        request.roleChecker((principal, role) -> secured.isUserInRole(role));
        // where BackendConfig puts the session's client's interfaces
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(QueueApi.class, Fakes.of(QueueApi.class, backend));
        session.setAttribute(OfficeApi.class, Fakes.of(OfficeApi.class, backend));
        session.setAttribute(StaffApi.class, Fakes.of(StaffApi.class, backend));
        session.setAttribute(DeviceApi.class, Fakes.of(DeviceApi.class, backend));
        session.setAttribute(RatingApi.class, Fakes.of(RatingApi.class, backend));
        session.setAttribute(ReportApi.class, Fakes.of(ReportApi.class, backend));
        session.setAttribute(DossierApi.class, Fakes.of(DossierApi.class, dossiers));
        session.setAttribute(FileApi.class, new FakeFileApi());
        session.setAttribute(FeedbackApi.class, feedback);
        session.setAttribute(AppointmentApi.class, Fakes.of(AppointmentApi.class, backend));
        staff = StaffSession.install(session, backend, signedIn -> {
            SecurityContextHolder.getContext().setAuthentication(signedIn);
            sessionIdRenewals++;
        });
        // the app's address, now guarded, as a browser first opens it
        UI.getCurrent().navigate(Routes.START);
    }

    private static MockRequest mockRequest(ServletRequest request) {
        return request instanceof ServletRequestWrapper wrapper
                ? mockRequest(wrapper.getRequest())
                : (MockRequest) request;
    }

    @AfterEach
    void signedOut() {
        SecurityContextHolder.clearContext();
    }

    /** Signs in with the given roles and, if a counter is given, sits at it. */
    protected void signInAt(Long counterId, Role... roles) {
        backend.roles = Set.of(roles);
        staff.signIn("canbo1", FakeBackend.PASSWORD);
        staff.choose(
                FakeBackend.OFFICE_VIEW,
                counterId == null
                        ? null
                        : FakeBackend.OFFICE_VIEW.counters().stream()
                                .filter(c -> c.id() == counterId)
                                .findFirst()
                                .orElseThrow());
        backend.calls.clear();
    }

    /** Follows a link to the route; gives what the browser then shows, which may be sign-in or a refusal. */
    protected HasElement follow(String route) {
        UI.getCurrent().navigate(route);
        return getCurrentView();
    }

    /** Runs the UI.access tasks that live events queued, as a browser round trip would. */
    protected void deliver() {
        MockVaadin.clientRoundtrip();
    }

    /**
     * A key pressed on the page as the server receives it: {@code KeyboardEvent.key} and {@code .code}, once the
     * browser's filter (no field focused, no dialog open) has let it through. That filter runs only in a browser.
     */
    protected void press(String key, String code) {
        UI ui = UI.getCurrent();
        ElementListenerMap listeners = ui.getElement().getNode().getFeature(ElementListenerMap.class);
        ObjectNode data = JacksonUtils.createObjectNode();
        // the browser sends each filter's result with the event; here every filter has said yes
        listeners.getExpressions("keydown").forEach(expression -> data.put(expression, true));
        data.put("event.key", key);
        data.put("event.code", code);
        listeners.fireEvent(new DomEvent(ui.getElement(), "keydown", data));
    }

    protected static String vi(String key, Object... params) {
        return new Messages().getTranslation(key, Messages.VIETNAMESE, params);
    }
}
