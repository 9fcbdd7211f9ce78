package vn.motcua.kiosk.device;

import vn.motcua.client.api.AccessToken;
import vn.motcua.client.api.Role;

/**
 * One browser paired as one device, as the server answered for the pairing's reference (decision 20). The
 * browser holds the reference in an HttpOnly cookie; the server holds the pairing; this app holds neither the
 * device's secret nor anything that outlives a restart.
 */
public record Pairing(String reference, String code, Role role, long officeId, Long counterId) {

    /** The device a token exchanged for {@code reference} speaks for; a device's token is named by its code. */
    static Pairing of(String reference, AccessToken token) {
        Role role = token.roles().stream()
                .filter(Role::isDevice)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("A pairing's token is a device's"));
        return new Pairing(
                reference, token.displayName(), role, token.officeIds().getFirst(), token.counterId());
    }

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
