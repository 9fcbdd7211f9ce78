package vn.motcua.server.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.client.api.AccessToken;
import vn.motcua.client.api.DevicePairing;
import vn.motcua.client.api.PairingReference;

/** A screen paired as a device on the server, so that any kiosk-app replica can serve it (decision 20). */
@RestController
@Tag(name = "auth", description = "Sign-in for staff and devices")
class PairingController {

    private final Access access;
    private final DevicePairings pairings;

    PairingController(Access access, DevicePairings pairings) {
        this.access = access;
        this.pairings = pairings;
    }

    @PostMapping("/api/v1/pairings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Pair a screen as the calling device",
            description = "A device signed in with its code and secret (403 for staff and for a token that was itself "
                    + "exchanged for a pairing). The answer's reference is shown only this once; the screen's browser keeps "
                    + "it and exchanges it for the device's token (POST /api/v1/auth/pairing). A device keeps its "
                    + DevicePairings.MOST_PER_DEVICE + " most recently used pairings.")
    DevicePairing create() {
        Caller caller = requireDevice();
        if (access.pairing() != null) {
            throw new AccessDeniedException("A screen is paired with the device's secret, not through another pairing");
        }
        return pairings.create(caller.id());
    }

    @PostMapping("/api/v1/auth/pairing")
    @Operation(
            summary = "Exchange a screen pairing's reference for the device's token",
            description = "Anyone may call. 401 for a reference that pairs nothing (never made, unpaired, the device "
                    + "revoked or given a new secret: the answer does not say which); 429 TOO_MANY_SIGN_IN_ATTEMPTS with "
                    + "Retry-After after repeated failures from the address. The token stops working within seconds of "
                    + "the pairing's end.")
    AccessToken exchange(@Valid @RequestBody PairingReference reference, HttpServletRequest request) {
        return pairings.exchange(reference.reference(), request);
    }

    @PostMapping("/api/v1/pairings/revoke")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Unpair a screen of the calling device",
            description = "A device (403 for staff). Answers 204 whether or not the reference paired a screen of this "
                    + "device, and never unpairs another device's screen.")
    void revoke(@Valid @RequestBody PairingReference reference) {
        pairings.revoke(requireDevice().id(), reference.reference());
    }

    private Caller requireDevice() {
        Caller caller = access.caller();
        if (!caller.isDevice()) {
            throw new AccessDeniedException("Only a device may do this");
        }
        return caller;
    }
}
