package vn.motcua.kiosk.rating;

import vn.motcua.client.LiveListener;
import vn.motcua.client.LiveSubscription;
import vn.motcua.client.api.CounterView;
import vn.motcua.kiosk.device.PairedDevices;
import vn.motcua.kiosk.device.Pairing;

record ClientCounterFeed(PairedDevices devices, Pairing tablet) implements CounterFeed {

    @Override
    public CounterView counter() {
        return devices.client(tablet).offices().office(tablet.officeId()).counters().stream()
                .filter(c -> c.id() == tablet.counterId())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "Counter " + tablet.counterId() + " is not in office " + tablet.officeId()));
    }

    @Override
    public AutoCloseable subscribe(LiveListener listener) {
        return LiveSubscription.counter(devices.client(tablet), tablet.officeId(), tablet.counterId(), listener);
    }
}
