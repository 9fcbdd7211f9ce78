package vn.motcua.kiosk.device;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** The browser's half of a pairing: an opaque id in a cookie that scripts cannot read and that lasts for years. */
final class PairingCookie {

    private static final String NAME = "motcua-pairing";
    private static final int TEN_YEARS = (int) Duration.ofDays(3650).toSeconds();

    private PairingCookie() {}

    static Optional<String> read() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> NAME.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst();
    }

    static void write(String pairingId) {
        set(pairingId, TEN_YEARS);
    }

    static void clear() {
        set("", 0);
    }

    private static void set(String value, int maxAge) {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie cookie = new Cookie(NAME, value);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Strict");
        VaadinResponse.getCurrent().addCookie(cookie);
    }
}
