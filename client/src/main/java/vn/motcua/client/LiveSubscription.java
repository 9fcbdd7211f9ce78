package vn.motcua.client;

import java.lang.reflect.Type;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ConcurrentTaskScheduler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import vn.motcua.client.api.NormBreach;
import vn.motcua.client.api.OfficeSnapshot;
import vn.motcua.client.api.QueueEvent;

/**
 * Keeps one screen's view of an office right: subscribes to a topic over STOMP, fetches the snapshot,
 * applies events in sequence, fetches a new snapshot on any gap, and reconnects with backoff (1 s doubling
 * to 30 s) after the network drops, resynchronising on return. No screen stays stale after a blip.
 */
public class LiveSubscription implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveSubscription.class);
    private static final Backoff RECONNECT = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    private final MotcuaClient client;
    private final long officeId;
    private final String topic;
    private final String normTopic;
    private final LiveListener listener;
    private final SequenceTracker sequence;
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("motcua-live").daemon().factory());
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("motcua-live-reconnect").daemon().factory());
    private final WebSocketStompClient stomp;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile StompSession session;
    private volatile int failures;

    private LiveSubscription(
            MotcuaClient client, long officeId, String topic, String normTopic, LiveListener listener) {
        this.client = client;
        this.officeId = officeId;
        this.topic = topic;
        this.normTopic = normTopic;
        this.listener = listener;
        this.sequence = new SequenceTracker(topic.contains(".counter."));
        this.stomp = new WebSocketStompClient(new StandardWebSocketClient());
        this.stomp.setMessageConverter(new JacksonJsonMessageConverter());
        this.stomp.setTaskScheduler(new ConcurrentTaskScheduler(timer));
        this.stomp.setDefaultHeartbeat(new long[] {10_000, 10_000});
    }

    /** The office's queue topic: every change, for consoles and kiosks. */
    public static LiveSubscription queue(MotcuaClient client, long officeId, LiveListener listener) {
        return start(client, officeId, "/topic/office." + officeId + ".queue", null, listener);
    }

    /**
     * The office's queue topic and its norm breaches, for a head's board: each breach that starts or ends reaches
     * {@link LiveListener#onNormBreach}; those lasting before the connection are the board's to fetch on a snapshot.
     */
    public static LiveSubscription board(MotcuaClient client, long officeId, LiveListener listener) {
        return start(
                client,
                officeId,
                "/topic/office." + officeId + ".queue",
                "/topic/office." + officeId + ".norms",
                listener);
    }

    /** The office's display topic, for hall display boards. */
    public static LiveSubscription display(MotcuaClient client, long officeId, LiveListener listener) {
        return start(client, officeId, "/topic/office." + officeId + ".display", null, listener);
    }

    /** One counter's topic, for its rating tablet. */
    public static LiveSubscription counter(MotcuaClient client, long officeId, long counterId, LiveListener listener) {
        return start(client, officeId, "/topic/office." + officeId + ".counter." + counterId, null, listener);
    }

    private static LiveSubscription start(
            MotcuaClient client, long officeId, String topic, String normTopic, LiveListener listener) {
        if (client.token() == null) {
            throw new IllegalStateException("Sign the client in before subscribing to live events");
        }
        LiveSubscription subscription = new LiveSubscription(client, officeId, topic, normTopic, listener);
        subscription.connect();
        return subscription;
    }

    public boolean connected() {
        StompSession s = session;
        return s != null && s.isConnected();
    }

    /** The sequence number of the state the listener holds (-1 before the first snapshot). */
    public long sequence() {
        return sequence.current();
    }

    private void connect() {
        if (closed.get()) {
            return;
        }
        URI base = client.baseUrl();
        String ws = (base.getScheme().equals("https") ? "wss" : "ws") + "://" + base.getAuthority() + "/ws";
        StompHeaders connectHeaders = new StompHeaders();
        connectHeaders.add("Authorization", "Bearer " + client.token().token());
        stomp.connectAsync(URI.create(ws), new WebSocketHttpHeaders(), connectHeaders, new Handler())
                .whenComplete((s, error) -> {
                    if (error != null) {
                        log.debug("Live connection to {} failed: {}", ws, error.getMessage());
                        delivery.execute(() -> listener.onConnectionChanged(false));
                        scheduleReconnect();
                    }
                });
    }

    private void scheduleReconnect() {
        if (closed.get()) {
            return;
        }
        Duration wait = RECONNECT.after(++failures);
        timer.schedule(this::connect, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Fetches a fresh snapshot now, e.g. when a screen doubts what it shows; delivered like any other. */
    public void resync() {
        delivery.execute(this::fetchSnapshot);
    }

    private void fetchSnapshot() {
        try {
            OfficeSnapshot snapshot = client.queue().snapshot(officeId);
            sequence.reset(snapshot.seq());
            listener.onSnapshot(snapshot);
        } catch (ApiException e) {
            log.debug("Snapshot of office {} failed: {}", officeId, e.getMessage());
            sequence.reset(-1);
        }
    }

    private void deliver(QueueEvent event) {
        switch (sequence.accept(event)) {
            case APPLY -> listener.onEvent(event);
            case RESYNC -> fetchSnapshot();
            case IGNORE -> {}
        }
    }

    @Override
    public void close() {
        closed.set(true);
        StompSession s = session;
        if (s != null && s.isConnected()) {
            s.disconnect();
        }
        timer.shutdownNow();
        delivery.shutdownNow();
    }

    private final class NormFrames implements StompFrameHandler {

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return NormBreach.class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            if (payload instanceof NormBreach breach) {
                delivery.execute(() -> listener.onNormBreach(breach));
            }
        }
    }

    private final class Handler extends StompSessionHandlerAdapter {

        @Override
        public void afterConnected(StompSession s, StompHeaders headers) {
            session = s;
            failures = 0;
            s.subscribe(topic, this);
            if (normTopic != null) {
                s.subscribe(normTopic, new NormFrames());
            }
            delivery.execute(() -> {
                listener.onConnectionChanged(true);
                fetchSnapshot();
            });
        }

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return QueueEvent.class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            // an ERROR frame (e.g. a refused token) carries no event; the transport error that follows reconnects
            if (payload instanceof QueueEvent event) {
                delivery.execute(() -> deliver(event));
            } else {
                log.warn("Live connection refused: {}", headers.getFirst("message"));
            }
        }

        @Override
        public void handleException(
                StompSession s, StompCommand command, StompHeaders headers, byte[] payload, Throwable exception) {
            log.warn("Live event could not be handled", exception);
        }

        @Override
        public void handleTransportError(StompSession s, Throwable exception) {
            if (!s.isConnected()) {
                delivery.execute(() -> listener.onConnectionChanged(false));
                scheduleReconnect();
            }
        }
    }
}
