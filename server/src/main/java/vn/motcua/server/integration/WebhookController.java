package vn.motcua.server.integration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.WebhookCreated;
import vn.motcua.client.api.WebhookRequest;
import vn.motcua.client.api.WebhookView;
import vn.motcua.server.security.Access;

@RestController
@RequestMapping("/api/v1/integration/offices/{officeId}/webhooks")
@Tag(
        name = "integration webhooks",
        description = "Receivers of the office's dossier status changes. Each change is "
                + "POSTed as a WebhookEvent with X-Motcua-Event-Id, X-Motcua-Timestamp (epoch seconds) and X-Motcua-Signature: "
                + "sha256=<hex HMAC-SHA256(secret, timestamp + \".\" + body)>; a non-2xx answer is retried with backoff "
                + "(10 s doubling, at most 1 h apart, 10 attempts). Callers: ADMIN of the office.")
class WebhookController {

    private final Access access;
    private final WebhookSubscriptions subscriptions;

    WebhookController(Access access, WebhookSubscriptions subscriptions) {
        this.access = access;
        this.subscriptions = subscriptions;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Subscribe a receiver",
            description = "Callers: ADMIN of the office. Only http and https "
                    + "addresses. The answer holds the signing secret, shown this once.")
    WebhookCreated create(@PathVariable long officeId, @RequestBody WebhookRequest request) {
        access.require(officeId, Role.ADMIN);
        return subscriptions.create(officeId, request.url());
    }

    @GetMapping
    @Operation(
            summary = "The active subscriptions, without their secrets",
            description = "Callers: ADMIN of the office.")
    List<WebhookView> list(@PathVariable long officeId) {
        access.require(officeId, Role.ADMIN);
        return subscriptions.active(officeId);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Unsubscribe a receiver",
            description = "Callers: ADMIN of the office. Pending deliveries " + "to it are dropped.")
    void delete(@PathVariable long officeId, @PathVariable long id) {
        access.require(officeId, Role.ADMIN);
        subscriptions.deactivate(officeId, id);
    }
}
