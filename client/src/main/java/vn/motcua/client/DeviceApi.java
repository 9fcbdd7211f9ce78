package vn.motcua.client;

import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import vn.motcua.client.api.DevicePairing;
import vn.motcua.client.api.DeviceRequest;
import vn.motcua.client.api.DeviceView;
import vn.motcua.client.api.PairingReference;

/** An office's devices (kiosks, displays, rating pads) and the screens paired as them. */
@HttpExchange
public interface DeviceApi {

    @GetExchange("/offices/{officeId}/devices")
    List<DeviceView> devices(@PathVariable long officeId);

    @PostExchange("/offices/{officeId}/devices")
    DeviceView addDevice(@PathVariable long officeId, @RequestBody DeviceRequest device);

    /** A new secret for the device, shown only in this answer; its screens are unpaired and its tokens refused. */
    @PostExchange("/offices/{officeId}/devices/{deviceId}/secret")
    DeviceView resetDeviceSecret(@PathVariable long officeId, @PathVariable long deviceId);

    @PostExchange("/offices/{officeId}/devices/{deviceId}/revoke")
    void revokeDevice(@PathVariable long officeId, @PathVariable long deviceId);

    /** Pairs a screen as this device, which must have signed in with its secret; the reference is shown only once. */
    @PostExchange("/pairings")
    DevicePairing createPairing();

    /** Unpairs a screen of this device; nothing happens for a reference that pairs none of its screens. */
    @PostExchange("/pairings/revoke")
    void revokePairing(@RequestBody PairingReference reference);

    default void revokePairing(String reference) {
        revokePairing(new PairingReference(reference));
    }
}
