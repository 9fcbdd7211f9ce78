package vn.motcua.server.integration;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where webhooks may go. An admin's address must not turn the server into a way into its own network (SSRF):
 * loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16 with the cloud metadata
 * service, fe80::/10), carrier-grade NAT (100.64/10), unspecified and multicast addresses are refused, unless the
 * host is named in {@code motcua.integration.webhook-allowed-hosts} (MOTCUA_WEBHOOK_ALLOWED_HOSTS), e.g. the
 * provincial system on the same private network. Checked when subscribing and again before each delivery, since
 * a name may resolve elsewhere later.
 */
@Component
class WebhookTargets {

    private final Set<String> allowedHosts;

    WebhookTargets(@Value("${motcua.integration.webhook-allowed-hosts:}") List<String> allowedHosts) {
        this.allowedHosts = allowedHosts.stream()
                .map(String::strip)
                .filter(h -> !h.isEmpty())
                .map(h -> h.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Empty when a delivery may go to {@code uri}, otherwise why not. */
    Optional<String> refusal(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            return Optional.of("no host");
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (allowedHosts.contains(bare.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(bare)) {
                if (internal(address)) {
                    return Optional.of(host + " is a loopback, private or link-local address ("
                            + address.getHostAddress() + "); allow it in MOTCUA_WEBHOOK_ALLOWED_HOSTS if it is meant");
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of(host + " cannot be resolved");
        }
    }

    private static boolean internal(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            return first == 0 || (first == 100 && second >= 64 && second < 128);
        }
        return address instanceof Inet6Address && (b[0] & 0xFE) == 0xFC;
    }
}
