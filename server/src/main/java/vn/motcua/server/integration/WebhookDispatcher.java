package vn.motcua.server.integration;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due deliveries one by one, each in its own transaction that holds the row while it is sent. A crash
 * between the receiver's answer and the commit sends it again: delivery is at least once.
 */
@Component
class WebhookDispatcher {

    /** Per run, so one run cannot go on for ever while new changes keep coming. */
    private static final int BATCH = 100;

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final WebhookDeliveries deliveries;
    private final WebhookSender sender;
    private final TransactionTemplate transaction;
    private final Clock clock;

    WebhookDispatcher(
            WebhookDeliveries deliveries, WebhookSender sender, TransactionTemplate transaction, Clock clock) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${motcua.integration.webhook-dispatch-interval:3s}")
    void dispatch() {
        for (int i = 0; i < BATCH; i++) {
            if (!Boolean.TRUE.equals(transaction.execute(tx -> sendNext()))) {
                return;
            }
        }
    }

    private boolean sendNext() {
        Optional<WebhookDeliveries.Pending> next = deliveries.claimNext(clock.instant());
        if (next.isEmpty()) {
            return false;
        }
        WebhookDeliveries.Pending delivery = next.get();
        Instant now = clock.instant();
        Optional<String> failure = sender.send(delivery, now.getEpochSecond());
        int attempts = delivery.attempts() + 1;
        if (failure.isEmpty()) {
            deliveries.delivered(delivery.id(), attempts, clock.instant());
        } else {
            deliveries.failed(delivery.id(), attempts, now.plus(RetrySchedule.delayAfter(attempts)), failure.get());
            if (attempts >= RetrySchedule.MAX_ATTEMPTS) {
                log.warn(
                        "Webhook delivery {} to {} given up after {} attempts: {}",
                        delivery.id(),
                        delivery.url(),
                        attempts,
                        failure.get());
            }
        }
        return true;
    }
}
