package vn.motcua.kiosk.device;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.ServerConnection;
import vn.motcua.client.api.AccessToken;
import vn.motcua.client.api.Role;
import vn.motcua.kiosk.shared.KioskProperties;

/** Pairs browsers with devices and holds one signed-in client per paired device. */
@Component
public class PairedDevices {

    private final ServerConnection server;
    private final PairingStore store;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, MotcuaClient> clients = new ConcurrentHashMap<>();

    PairedDevices(KioskProperties properties, PairingStore store) {
        this.server = new ServerConnection(properties.serverUrl());
        this.store = store;
    }

    /** The device the current browser was paired as; set for every navigation by {@link DeviceGuard}. */
    public Pairing current() {
        return ComponentUtil.getData(UI.getCurrent(), Pairing.class);
    }

    /**
     * The device's client, signed in. After a restart the first use signs in again, which fails with
     * UNREACHABLE while the server is down: screens retry.
     */
    public MotcuaClient client(Pairing pairing) {
        MotcuaClient client = clients.computeIfAbsent(pairing.id(), id -> server.newClient());
        synchronized (client) {
            if (client.token() == null) {
                client.signInDevice(pairing.code(), pairing.secret());
            }
        }
        return client;
    }

    Pairing pair(String code, String secret) {
        MotcuaClient client = server.newClient();
        AccessToken token = client.signInDevice(code, secret);
        Role role = token.roles().stream()
                .filter(Role::isDevice)
                .findFirst()
                .orElseThrow(() -> new ApiException(403, "NOT_A_DEVICE", "Only devices can be paired", null));
        byte[] id = new byte[32];
        random.nextBytes(id);
        Pairing pairing = new Pairing(
                Base64.getUrlEncoder().withoutPadding().encodeToString(id),
                code,
                secret,
                role,
                token.officeIds().getFirst(),
                token.counterId(),
                Instant.now());
        store.save(pairing);
        clients.put(pairing.id(), client);
        return pairing;
    }

    boolean unpair(Pairing pairing, String secret) {
        boolean same = MessageDigest.isEqual(pairing.secret().getBytes(), secret.getBytes());
        if (same) {
            store.remove(pairing.id());
            clients.remove(pairing.id());
        }
        return same;
    }

    Optional<Pairing> find(String id) {
        return store.find(id);
    }
}
