package vn.motcua.kiosk.device;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import vn.motcua.client.ApiException;
import vn.motcua.kiosk.shared.Messages;

/**
 * Before any screen is built, finds which device the browser was paired as and keeps it on the UI. A screen
 * for another kind of device is never built: the browser goes to its own screen, or to pairing.
 */
@Component
class DeviceGuard implements VaadinServiceInitListener {

    private final PairedDevices devices;

    DeviceGuard(PairedDevices devices) {
        this.devices = devices;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.setLocale(Messages.VIETNAMESE);
            ui.addBeforeEnterListener(this::check);
        });
    }

    private void check(BeforeEnterEvent event) {
        Pairing pairing;
        try {
            pairing = PairingCookie.read().flatMap(devices::find).orElse(null);
        } catch (ApiException undecided) {
            // the server alone knows a pairing this replica has not seen: wait for it rather than offer pairing
            ComponentUtil.setData(event.getUI(), Pairing.class, null);
            if (event.getNavigationTarget() != WaitView.class) {
                event.forwardTo(WaitView.class);
            }
            return;
        }
        ComponentUtil.setData(event.getUI(), Pairing.class, pairing);
        ForDevice required = event.getNavigationTarget().getAnnotation(ForDevice.class);
        if (required == null) {
            return;
        }
        if (pairing == null) {
            event.forwardTo(PairView.class);
        } else if (pairing.role() != required.value()) {
            event.forwardTo(pairing.home());
        }
    }
}
