package vn.motcua.kiosk.device;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.ServerConnection;
import vn.motcua.client.api.AccessToken;
import vn.motcua.client.api.DevicePairing;
import vn.motcua.kiosk.shared.KioskProperties;

/**
 * Pairs browsers with devices on the server (decision 20), so that any replica of this app serves any paired
 * screen, and holds one signed-in client per pairing this replica has seen. A pairing is asked of the server again
 * a minute after it was last asked, at the screen's next navigation, so that one unpaired elsewhere, or whose
 * device was revoked or given a new secret, goes back to pairing.
 */
@Component
public class PairedDevices {

    static final Duration RECHECK = Duration.ofMinutes(1);

    /** The server's references are 32 random bytes, base64url: anything else is not asked about. */
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final ServerConnection server;
    private final Map<String, Paired> paired = new ConcurrentHashMap<>();

    PairedDevices(KioskProperties properties) {
        this.server = new ServerConnection(properties.serverUrl());
    }

    /** The device the current browser was paired as; set for every navigation by {@link DeviceGuard}. */
    public Pairing current() {
        return ComponentUtil.getData(UI.getCurrent(), Pairing.class);
    }

    /**
     * The device's client, signed in with the pairing's reference; it signs in again with it when its token expires,
     * and fails with UNREACHABLE while the server is down (screens retry), 401 once the screen was unpaired.
     */
    public MotcuaClient client(Pairing pairing) {
        Paired known = paired.get(pairing.reference());
        return known != null
                ? known.client()
                : exchange(pairing.reference(), null).client();
    }

    /**
     * One of the API's interfaces as {@code pairing}'s screen calls it: each call goes through the client the
     * pairing has at that moment, which is made anew when the screen had to pair again.
     */
    public <T> Supplier<T> api(Pairing pairing, Function<MotcuaClient, T> which) {
        return () -> which.apply(client(pairing));
    }

    /** Signs in with the device's secret once, to pair; from then on the reference stands for the secret. */
    Pairing pair(String code, String secret) {
        MotcuaClient client = newClient();
        client.signInDevice(code, secret);
        DevicePairing created = client.devices().createPairing();
        return exchange(created.reference(), client).pairing();
    }

    /**
     * The device a browser's reference pairs, from this replica's memory or else from the server; empty when the
     * server says it pairs nothing. A server that cannot answer leaves a known pairing as it is (its screen shows the
     * outage itself) and an unknown one undecided: {@link ApiException}.
     */
    Optional<Pairing> find(String reference) {
        Paired known = paired.get(reference);
        if (known != null && known.checkedAt().plus(RECHECK).isAfter(Instant.now())) {
            return Optional.of(known.pairing());
        }
        if (known == null && !REFERENCE.matcher(reference).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    exchange(reference, known == null ? null : known.client()).pairing());
        } catch (ApiException e) {
            if (e.accessRefused()) {
                paired.remove(reference);
                return Optional.empty();
            }
            if (known != null) {
                return Optional.of(known.pairing());
            }
            throw e;
        }
    }

    /**
     * Unpairs the screen once the device's secret proves that whoever asks may; false for a wrong secret.
     *
     * @throws ApiException when the server cannot be reached or refuses for another reason
     */
    boolean unpair(Pairing pairing, String secret) {
        MotcuaClient client = newClient();
        try {
            client.signInDevice(pairing.code(), secret);
        } catch (ApiException e) {
            if (e.status() == 401) {
                return false;
            }
            throw e;
        }
        client.devices().revokePairing(pairing.reference());
        paired.remove(pairing.reference());
        return true;
    }

    private Paired exchange(String reference, MotcuaClient existing) {
        MotcuaClient client = existing == null ? newClient() : existing;
        AccessToken token = client.signInPairing(reference);
        Paired fresh = new Paired(Pairing.of(reference, token), client, Instant.now());
        paired.put(reference, fresh);
        return fresh;
    }

    /**
     * A client signing in for the screen in front of it: failed exchanges and sign-ins are counted per screen's
     * address, so that bad cookies sent through this replica lock out their sender, not every new screen behind it.
     */
    private MotcuaClient newClient() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return server.newClient().actingFor(request == null ? null : request.getRemoteAddr());
    }

    private record Paired(Pairing pairing, MotcuaClient client, Instant checkedAt) {}
}
