package vn.motcua.server.notify;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMS and Zalo channels, each off until configured.
 *
 * @param sms the SMSC the office's SMS provider gives: SMPP 3.4 over TCP, bound as a transmitter
 * @param zalo the Official Account's ZNS access: its token and, per message template, the id of the ZNS template
 *     approved for it
 */
@ConfigurationProperties("motcua.notify")
record NotifyProperties(@DefaultValue Sms sms, @DefaultValue Zalo zalo) {

    /**
     * @param host empty: no SMS is sent, messages wait in the outbox
     * @param sourceAddress the brandname registered with the operators (alphanumeric, at most 11 characters)
     */
    record Sms(
            String host,
            @DefaultValue("2775") int port,
            String systemId,
            String password,
            @DefaultValue("") String systemType,
            @DefaultValue("MOTCUA") String sourceAddress,
            @DefaultValue("10s") Duration timeout) {

        boolean configured() {
            return host != null && !host.isBlank();
        }
    }

    /**
     * @param accessToken empty: no ZNS message is sent, messages wait in the outbox
     * @param templates the ZNS template id for each message template key (e.g. {@code dossier-result-ready})
     */
    record Zalo(
            @DefaultValue("https://business.openapi.zalo.me")
            URI url,

            String accessToken,
            @DefaultValue("10s") Duration timeout,
            Map<String, String> templates) {

        Zalo {
            templates = templates == null ? Map.of() : Map.copyOf(templates);
        }

        boolean configured() {
            return accessToken != null && !accessToken.isBlank();
        }
    }
}
