package vn.motcua.server.shared;

import java.time.Duration;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * A Redis listener container (the event relays, the norm watch) that waits for Redis at start, trying again every
 * second for up to a minute, instead of failing the whole server's start. Spring Data Redis fails the start at once when
 * the subscription's connection cannot be made (its retries begin only once the container runs) and when the
 * subscription takes more than 2 s; on a loaded machine (several JVMs starting on two cores) a connection handshake
 * over the 1 s command timeout was enough to refuse the start. Redis truly absent still fails the start, a minute later.
 * Once running, the container subscribes again every second after Redis comes back, not every 5 s.
 */
public class PatientListenerContainer extends RedisMessageListenerContainer {

    static final Duration LONGEST_WAIT = Duration.ofSeconds(60);
    static final Duration RETRY_EVERY = Duration.ofSeconds(1);

    public PatientListenerContainer() {
        setMaxSubscriptionRegistrationWaitingTime(LONGEST_WAIT.toMillis());
        setRecoveryInterval(RETRY_EVERY.toMillis());
    }

    @Override
    public void start() {
        long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
        while (true) {
            try {
                super.start();
                return;
            } catch (RuntimeException e) {
                if (!hasCause(e, RedisConnectionFailureException.class) || System.nanoTime() > deadline) {
                    throw e;
                }
                // back to the state before start, so that the next start subscribes anew
                super.stop();
                pause();
            }
        }
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_EVERY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Redis", e);
        }
    }
}
