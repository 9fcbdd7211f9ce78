package vn.motcua.server.notify;

import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.client.api.NotificationChannel;

/**
 * Zalo Notification Service: a message from a template approved for the office's Official Account, by the documented
 * call {@code POST /message/template} with the OA's token in the {@code access_token} header and
 * {@code {phone, template_id, template_data, tracking_id}}. Zalo answers 200 with {@code error} 0 and the message's
 * {@code data.msg_id}, or a negative {@code error} with its {@code message}. The text lives in the template on
 * Zalo's side; only the parameters leave here.
 */
@Component
class ZaloAdapter implements ChannelAdapter {

    private final NotifyProperties.Zalo settings;
    private final JsonMapper json;
    private final RestClient http;

    ZaloAdapter(NotifyProperties properties, JsonMapper json) {
        this.settings = properties.zalo();
        this.json = json;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(settings.timeout()).build());
        requests.setReadTimeout(settings.timeout());
        this.http = RestClient.builder()
                .baseUrl(settings.url().toString())
                .requestFactory(requests)
                .build();
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.ZALO;
    }

    @Override
    public boolean configured() {
        return settings.configured();
    }

    @Override
    public String send(long id, Outbox.Message message) throws DeliveryFailed {
        String templateId = settings.templates().get(message.template());
        if (templateId == null || templateId.isBlank()) {
            throw new DeliveryFailed("no ZNS template configured for " + message.template()
                    + " (motcua.notify.zalo.templates." + message.template() + ")");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("phone", message.recipient());
        body.put("template_id", templateId);
        body.put("template_data", message.params());
        // Zalo keeps the tracking id with the message, so a delivery can be traced back to its outbox row
        body.put("tracking_id", "motcua-" + id);
        String answer;
        try {
            answer = http.post()
                    .uri("/message/template")
                    .header("access_token", settings.accessToken())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(json.writeValueAsString(body))
                    .retrieve()
                    .body(String.class);
        } catch (RestClientException e) {
            throw new DeliveryFailed("ZNS unreachable: " + e.getMessage(), e);
        }
        try {
            JsonNode read = json.readTree(answer == null ? "" : answer);
            int error = read.path("error").asInt(Integer.MIN_VALUE);
            if (error != 0) {
                throw new DeliveryFailed("ZNS refused the message: error " + error + " "
                        + read.path("message").asString(""));
            }
            return read.path("data").path("msg_id").asString(null);
        } catch (JacksonException e) {
            throw new DeliveryFailed("ZNS answered something other than JSON", e);
        }
    }
}
