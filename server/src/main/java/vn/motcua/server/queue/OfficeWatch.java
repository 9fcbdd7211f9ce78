package vn.motcua.server.queue;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.support.TaskExecutorAdapter;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import vn.motcua.server.shared.PatientListenerContainer;
import vn.motcua.server.shared.RedisChannels;

/**
 * Runs another feature's check of an office after each of the office's queue events (a call, a cancellation, a
 * transfer), on every instance. Events only mark the office due; a thread of the watch's own runs the checks, so a
 * slow check never holds up the events' delivery, and a burst of events makes one check per office. A check that
 * fails (a store or the queue unavailable) is tried again at the office's next event or {@link #mark}.
 */
public final class OfficeWatch implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(OfficeWatch.class);

    private final String name;
    private final LongConsumer check;
    private final Set<Long> due = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker;

    /** @param name names the threads and the log lines of this watch */
    public OfficeWatch(String name, LongConsumer check) {
        this.name = name;
        this.check = check;
        this.worker = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name(name).daemon().factory());
    }

    /** The listener container that brings every office's queue events to this watch; a bean of the feature's. */
    public RedisMessageListenerContainer container(RedisConnectionFactory redis, RedisChannels channels) {
        RedisMessageListenerContainer container = new PatientListenerContainer();
        container.setConnectionFactory(redis);
        container.setTaskExecutor(new TaskExecutorAdapter(Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name(name + "-events").daemon().factory())));
        container.addMessageListener(this, channels.allQueueEvents());
        return container;
    }

    /** Checks these offices soon, as an event of each would: for what changes without events, such as a wait. */
    public void mark(Collection<Long> offices) {
        due.addAll(offices);
        worker.execute(this::checkDue);
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        String channel = new String(message.getChannel());
        if (due.add(Long.parseLong(channel.substring(channel.lastIndexOf(':') + 1)))) {
            worker.execute(this::checkDue);
        }
    }

    private void checkDue() {
        for (Long office : List.copyOf(due)) {
            due.remove(office);
            try {
                check.accept(office);
            } catch (RuntimeException e) {
                log.debug("{}: office {} not checked: {}", name, office, e.getMessage());
            }
        }
    }
}
