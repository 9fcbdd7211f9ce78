package vn.motcua.server.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.client.api.NotificationChannel;

/**
 * Sends due messages one by one, whatever their channel, each in its own transaction that holds the row while it is
 * sent: at least once, and never twice at once across instances. A channel that is not configured here (no SMTP host,
 * no SMSC, no ZNS token) keeps its messages waiting in the outbox.
 */
@Component
class OutboxDispatcher {

    private static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final Outbox outbox;
    private final List<ChannelAdapter> adapters;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OutboxDispatcher(Outbox outbox, List<ChannelAdapter> adapters, TransactionTemplate transaction, Clock clock) {
        this.outbox = outbox;
        this.adapters = adapters;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${motcua.notify.dispatch-interval:10s}")
    void dispatch() {
        outbox.expire(clock.instant());
        Map<NotificationChannel, ChannelAdapter> ready = new EnumMap<>(NotificationChannel.class);
        for (ChannelAdapter adapter : adapters) {
            if (adapter.configured()) {
                ready.put(adapter.channel(), adapter);
            }
        }
        if (ready.isEmpty()) {
            return;
        }
        for (int i = 0; i < BATCH; i++) {
            if (!Boolean.TRUE.equals(transaction.execute(tx -> sendNext(ready)))) {
                return;
            }
        }
    }

    private boolean sendNext(Map<NotificationChannel, ChannelAdapter> ready) {
        Optional<Outbox.Pending> next = outbox.claimNext(ready.keySet(), clock.instant(), OutboxRetry.MAX_ATTEMPTS);
        if (next.isEmpty()) {
            return false;
        }
        Outbox.Pending pending = next.get();
        int attempts = pending.attempts() + 1;
        Instant now = clock.instant();
        try {
            String providerId = ready.get(pending.message().channel()).send(pending.id(), pending.message());
            outbox.sent(pending.id(), attempts, clock.instant(), providerId);
        } catch (ChannelAdapter.DeliveryFailed e) {
            boolean last = attempts >= OutboxRetry.MAX_ATTEMPTS;
            outbox.failed(
                    pending.id(),
                    attempts,
                    now.plus(OutboxRetry.delayAfter(attempts)),
                    String.valueOf(e.getMessage()),
                    last ? now : null);
            if (last) {
                log.warn(
                        "{} message {} given up after {} attempts: {}",
                        pending.message().channel(),
                        pending.id(),
                        attempts,
                        e.getMessage());
            }
        }
        return true;
    }
}
