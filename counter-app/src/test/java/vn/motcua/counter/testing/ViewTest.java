package vn.motcua.counter.testing;

import java.util.Set;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

import org.junit.jupiter.api.BeforeEach;

import vn.motcua.client.api.Role;
import vn.motcua.counter.shared.Messages;
import vn.motcua.counter.shared.StaffSession;

/** A browserless view test against the in-memory backend, in Vietnamese, with every route of the app. */
public abstract class ViewTest extends BrowserlessTest {

    static {
        // The texts come from the app's own I18NProvider, as in production where Spring supplies it.
        System.setProperty("vaadin.i18n.provider", Messages.class.getName());
    }

    protected final FakeBackend backend = new FakeBackend();
    protected StaffSession staff;

    @Override
    protected Set<String> scanPackages() {
        return Set.of("vn.motcua.counter");
    }

    @BeforeEach
    void freshStaffSession() {
        VaadinSession.getCurrent().setLocale(Messages.VIETNAMESE);
        UI.getCurrent().setLocale(Messages.VIETNAMESE);
        staff = StaffSession.install(VaadinSession.getCurrent(), backend);
    }

    /** Signs in with the given roles and, if a counter is given, sits at it. */
    protected void signInAt(Long counterId, Role... roles) {
        backend.roles = Set.of(roles);
        staff.signIn("canbo1", FakeBackend.PASSWORD);
        staff.choose(FakeBackend.OFFICE_VIEW, counterId == null ? null : FakeBackend.OFFICE_VIEW.counters().stream()
                .filter(c -> c.id() == counterId).findFirst().orElseThrow());
        backend.calls.clear();
    }

    /** Runs the UI.access tasks that live events queued, as a browser round trip would. */
    protected void deliver() {
        MockVaadin.clientRoundtrip();
    }

    protected static String vi(String key, Object... params) {
        return new Messages().getTranslation(key, Messages.VIETNAMESE, params);
    }
}
