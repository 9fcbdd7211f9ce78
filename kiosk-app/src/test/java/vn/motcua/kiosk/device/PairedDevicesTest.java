package vn.motcua.kiosk.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.client.ApiException;
import vn.motcua.client.DeviceApi;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.Role;
import vn.motcua.kiosk.shared.KioskProperties;

/**
 * Two replicas of the kiosk-app, each with its own {@link PairedDevices} and its own connection to the server: a
 * screen paired on one is served by the other, which holds no file and no secret; unpaired on one, it pairs nothing
 * on a replica that had not seen it.
 */
class PairedDevicesTest {

    private final PairingServer server = new PairingServer();
    private final PairedDevices first = new PairedDevices(new KioskProperties(server.url()));
    private final PairedDevices second = new PairedDevices(new KioskProperties(server.url()));

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void a_screen_paired_on_one_replica_is_served_by_another() {
        Pairing paired = first.pair(PairingServer.CODE, PairingServer.SECRET);

        Pairing found = second.find(paired.reference()).orElseThrow();

        assertThat(found).isEqualTo(paired);
        assertThat(found.role()).isEqualTo(Role.DISPLAY);
        assertThat(found.home()).isEqualTo("display");
        assertThat(found.officeId()).isEqualTo(PairingServer.OFFICE);
        assertThat(found.code()).isEqualTo(PairingServer.CODE);
        assertThat(second.client(found).token()).isNotNull();
        assertThat(second.client(found)).isNotSameAs(first.client(paired));
    }

    @Test
    void a_replica_asks_the_server_once_per_screen_until_the_recheck_is_due() {
        Pairing paired = first.pair(PairingServer.CODE, PairingServer.SECRET);
        int before = server.exchanges();

        second.find(paired.reference());
        second.find(paired.reference());
        first.find(paired.reference());

        assertThat(server.exchanges()).isEqualTo(before + 1);
    }

    @Test
    void a_screen_unpaired_on_one_replica_pairs_nothing_on_a_replica_that_had_not_seen_it() {
        Pairing paired = first.pair(PairingServer.CODE, PairingServer.SECRET);

        assertThat(first.unpair(paired, "not-the-secret")).isFalse();
        assertThat(second.find(paired.reference())).isPresent();
        assertThat(first.unpair(paired, PairingServer.SECRET)).isTrue();

        PairedDevices third = new PairedDevices(new KioskProperties(server.url()));
        assertThat(third.find(paired.reference())).isEmpty();
        assertThat(first.find(paired.reference())).isEmpty();
    }

    @Test
    void a_screens_interface_goes_through_the_client_its_pairing_has_at_each_call() {
        Pairing paired = first.pair(PairingServer.CODE, PairingServer.SECRET);
        Supplier<DeviceApi> devices = first.api(paired, MotcuaClient::devices);
        assertThat(devices.get()).isSameAs(first.client(paired).devices());

        assertThat(first.unpair(paired, PairingServer.SECRET)).isTrue();

        assertThatThrownBy(devices::get)
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.accessRefused()).isTrue());
    }

    @Test
    void a_malformed_cookie_is_not_asked_about() {
        assertThat(second.find("not-a-reference")).isEmpty();

        assertThat(server.exchanges()).isZero();
    }

    @Test
    void a_screen_this_replica_has_not_seen_is_undecided_while_the_server_is_down() throws Exception {
        Pairing paired = first.pair(PairingServer.CODE, PairingServer.SECRET);
        URI nowhere;
        try (ServerSocket socket = new ServerSocket(0)) {
            nowhere = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        PairedDevices cut = new PairedDevices(new KioskProperties(nowhere));

        assertThatThrownBy(() -> cut.find(paired.reference()))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.unreachable()).isTrue());
    }

    @Test
    void a_wrong_secret_pairs_nothing() {
        assertThatThrownBy(() -> first.pair(PairingServer.CODE, "wrong"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
    }
}
