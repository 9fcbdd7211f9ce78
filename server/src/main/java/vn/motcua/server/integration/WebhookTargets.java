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
        if (allowed(host)) {
            return Optional.empty();
        }
        try {
            permittedAddresses(host);
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * The addresses a delivery to {@code host} may connect to. The HTTP client connects to exactly these (it asks
     * here instead of the system resolver), so a name cannot pass this check with a public address and then be
     * reached at an internal one by answering the client's own lookup differently (DNS rebinding).
     *
     * @throws UnknownHostException naming why, when the host does not resolve or resolves inside the network
     */
    InetAddress[] permittedAddresses(String host) throws UnknownHostException {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare(host));
        } catch (UnknownHostException e) {
            throw new UnknownHostException(host + " cannot be resolved");
        }
        if (allowed(host)) {
            return addresses;
        }
        for (InetAddress address : addresses) {
            if (internal(address)) {
                throw new UnknownHostException(host + " is a loopback, private or link-local address ("
                        + address.getHostAddress() + "); allow it in MOTCUA_WEBHOOK_ALLOWED_HOSTS if it is meant");
            }
        }
        return addresses;
    }

    private boolean allowed(String host) {
        return allowedHosts.contains(bare(host).toLowerCase(Locale.ROOT));
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
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
