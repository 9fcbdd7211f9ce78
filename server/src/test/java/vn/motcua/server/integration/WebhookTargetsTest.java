package vn.motcua.server.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The check before every delivery, so that a name that later resolves inside the network is not reached. */
class WebhookTargetsTest {

    private final WebhookTargets none = new WebhookTargets(List.of());

    @Test
    void loopback_private_link_local_and_metadata_addresses_are_refused_before_sending() {
        for (String url : List.of(
                "http://127.0.0.1:9/x",
                "http://localhost/x",
                "http://10.0.0.1/x",
                "http://[::1]/x",
                "http://169.254.169.254/x",
                "http://[fe80::1]/x",
                "http://224.0.0.1/x")) {
            assertThat(none.refusal(URI.create(url))).as(url).isPresent();
        }
    }

    @Test
    void a_public_address_is_allowed() {
        assertThat(none.refusal(URI.create("https://203.0.113.10/hook"))).isEmpty();
    }

    @Test
    void an_allow_listed_host_is_reached_although_it_is_private() {
        WebhookTargets allowing = new WebhookTargets(List.of(" 10.0.0.7 ", "LGSP.internal"));
        assertThat(allowing.refusal(URI.create("http://10.0.0.7:8080/hook"))).isEmpty();
        assertThat(allowing.refusal(URI.create("http://lgsp.internal/hook"))).isEmpty();
        assertThat(allowing.refusal(URI.create("http://10.0.0.8/hook"))).isPresent();
    }

    @Test
    void the_client_is_given_only_checked_addresses_so_a_second_lookup_cannot_lead_inside() {
        assertThatThrownBy(() -> none.permittedAddresses("localhost"))
                .isInstanceOf(UnknownHostException.class)
                .hasMessageContaining("loopback");
        assertThatThrownBy(() -> none.permittedAddresses("[::1]")).isInstanceOf(UnknownHostException.class);
    }

    @Test
    void an_allow_listed_host_is_given_its_addresses() throws UnknownHostException {
        WebhookTargets allowing = new WebhookTargets(List.of("127.0.0.1"));
        assertThat(allowing.permittedAddresses("127.0.0.1"))
                .extracting(InetAddress::getHostAddress)
                .containsExactly("127.0.0.1");
    }
}
