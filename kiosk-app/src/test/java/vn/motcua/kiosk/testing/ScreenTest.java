package vn.motcua.kiosk.testing;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import vn.motcua.kiosk.shared.Messages;

/**
 * A browserless test of one screen without Spring: the real routes need paired devices, so the UI opens a
 * blank page and the test attaches the screen itself, built on in-memory fakes.
 */
public abstract class ScreenTest extends BrowserlessTest {

    @Override
    protected Set<String> scanPackages() {
        return Set.of(BlankView.class.getPackageName());
    }

    @BeforeEach
    void speakVietnamese() {
        UI.getCurrent().setLocale(Messages.VIETNAMESE);
    }

    /**
     * Runs what other threads handed to UI.access, as Vaadin does once the session lock is free: the test
     * thread holds the lock throughout, playing both the server's live thread and the browser.
     */
    protected static void runUiAccessTasks() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }
}
