package vn.motcua.server.integration;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * POSTs one signed delivery. Timeouts are short because the dispatcher holds the delivery's row lock meanwhile;
 * redirects are not followed, so a delivery goes only to the address the admin gave, and the client connects only
 * to addresses {@link WebhookTargets} has checked in the same lookup (Apache HttpClient's resolver hook; the JDK's
 * client resolves on its own, after any check).
 */
@Component
class WebhookSender implements DisposableBean {

    static final String EVENT_ID = "X-Motcua-Event-Id";
    static final String TIMESTAMP = "X-Motcua-Timestamp";
    static final String SIGNATURE = "X-Motcua-Signature";
    private static final int MAX_ERROR_LENGTH = 500;

    private final CloseableHttpClient http;
    private final WebhookTargets targets;

    WebhookSender(WebhookTargets targets) {
        this.targets = targets;
        DnsResolver checked = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return targets.permittedAddresses(host);
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(checked)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(3))
                                .setSocketTimeout(Timeout.ofSeconds(5))
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.ofSeconds(5))
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .build();
    }

    /** Empty when the receiver answered 2xx, otherwise why not. */
    Optional<String> send(WebhookDeliveries.Pending delivery, long timestamp) {
        URI target = URI.create(delivery.url());
        Optional<String> refused = targets.refusal(target);
        if (refused.isPresent()) {
            return refused.map(why -> truncated("not sent: " + why));
        }
        HttpPost request = new HttpPost(target);
        request.setHeader(EVENT_ID, delivery.eventId().toString());
        request.setHeader(TIMESTAMP, Long.toString(timestamp));
        request.setHeader(SIGNATURE, WebhookSignature.of(delivery.secret(), timestamp, delivery.body()));
        request.setEntity(new StringEntity(delivery.body(), ContentType.APPLICATION_JSON));
        try {
            int status = http.execute(request, response -> {
                EntityUtils.consume(response.getEntity());
                return response.getCode();
            });
            return status / 100 == 2 ? Optional.empty() : Optional.of("HTTP " + status);
        } catch (IOException e) {
            return Optional.of(truncated(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    @Override
    public void destroy() throws IOException {
        http.close();
    }

    private static String truncated(String text) {
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }
}
