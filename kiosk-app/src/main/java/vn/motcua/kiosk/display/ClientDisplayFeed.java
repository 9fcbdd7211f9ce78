package vn.motcua.kiosk.display;

import vn.motcua.client.LiveSubscription;
import vn.motcua.client.api.OfficeView;
import vn.motcua.kiosk.device.PairedDevices;
import vn.motcua.kiosk.device.Pairing;

record ClientDisplayFeed(PairedDevices devices, Pairing display, OfficeBoards boards) implements DisplayFeed {

    @Override
    public OfficeView office() {
        return devices.client(display).offices().office(display.officeId());
    }

    @Override
    public String notice() {
        String text =
                devices.client(display).offices().notice(display.officeId()).text();
        return text == null ? "" : text;
    }

    @Override
    public AutoCloseable subscribe(BoardListener listener) {
        return boards.join(
                display.officeId(),
                live -> LiveSubscription.display(devices.client(display), display.officeId(), live),
                listener);
    }
}
