package vn.motcua.kiosk.device;

import java.time.Instant;
import vn.motcua.client.api.Role;

/**
 * One browser paired as one device. The browser holds only {@code id}, in an HttpOnly cookie; the device's
 * code and secret never leave this app.
 */
public record Pairing(
        String id, String code, String secret, Role role, long officeId, Long counterId, Instant pairedAt) {

    /** The route of the screen this device shows. */
    String home() {
        return switch (role) {
            case KIOSK -> "kiosk";
            case DISPLAY -> "display";
            case RATING_TABLET -> "rating";
            default -> throw new IllegalStateException("Not a device role: " + role);
        };
    }
}
