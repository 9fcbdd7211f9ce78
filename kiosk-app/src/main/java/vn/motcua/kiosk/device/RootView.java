package vn.motcua.kiosk.device;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

/** The address every device's browser opens: it forwards to the screen of the device it was paired as. */
@Route("")
class RootView extends Div implements BeforeEnterObserver {

    private final PairedDevices devices;

    RootView(PairedDevices devices) {
        this.devices = devices;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Pairing pairing = devices.current();
        if (pairing == null) {
            event.forwardTo(PairView.class);
        } else {
            event.forwardTo(pairing.home());
        }
    }
}
