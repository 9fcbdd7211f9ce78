package vn.motcua.kiosk.device;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;

/**
 * A paired screen whose pairing this replica has not seen while the server cannot say which device it is (down, or
 * refusing for a while): it reloads the screen's address every few seconds until the server answers.
 */
@Route("wait")
class WaitView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int RETRY_SECONDS = 10;

    private final PairedDevices devices;

    WaitView(PairedDevices devices) {
        this.devices = devices;
        addClassName("pair");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Pairing pairing = devices.current();
        if (pairing != null) {
            event.forwardTo(pairing.home());
            return;
        }
        removeAll();
        add(new H1(getTranslation("wait.title")), new Paragraph(getTranslation("wait.hint")));
        String root = VaadinRequest.getCurrent().getContextPath() + "/";
        event.getUI()
                .getPage()
                .executeJs("setTimeout(() => window.location.assign($0), $1)", root, RETRY_SECONDS * 1000);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wait.title");
    }
}
