package vn.motcua.client;

import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import vn.motcua.client.api.DossierRequest;
import vn.motcua.client.api.DossierStatusChange;
import vn.motcua.client.api.DossierView;
import vn.motcua.client.api.WebhookCreated;
import vn.motcua.client.api.WebhookRequest;
import vn.motcua.client.api.WebhookView;

/** For the provincial one-stop information system (an ADMIN account): its own keys, and webhooks. */
@HttpExchange("/integration/offices/{officeId}")
public interface IntegrationApi {

    /** Registers the dossier once per {@code idempotencyKey}; a retry with the same key and body returns the first answer. */
    @PostExchange("/dossiers")
    DossierView registerDossierIdempotently(
            @PathVariable long officeId,
            @RequestHeader("Idempotency-Key") String idempotencyKey,
            @RequestBody DossierRequest dossier);

    /** Changes the status once per {@code idempotencyKey}. */
    @PostExchange("/dossiers/{code}/status")
    DossierView changeDossierStatusIdempotently(
            @PathVariable long officeId,
            @PathVariable String code,
            @RequestHeader("Idempotency-Key") String idempotencyKey,
            @RequestBody DossierStatusChange change);

    /** Subscribes a receiver to the office's dossier status changes; the answer's secret is shown only here. */
    @PostExchange("/webhooks")
    WebhookCreated createWebhook(@PathVariable long officeId, @RequestBody WebhookRequest webhook);

    default WebhookCreated createWebhook(long officeId, String url) {
        return createWebhook(officeId, new WebhookRequest(url));
    }

    @GetExchange("/webhooks")
    List<WebhookView> webhooks(@PathVariable long officeId);

    @DeleteExchange("/webhooks/{webhookId}")
    void deleteWebhook(@PathVariable long officeId, @PathVariable long webhookId);
}
