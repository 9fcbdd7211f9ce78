package vn.motcua.server.live;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;
import vn.motcua.server.security.Caller;
import vn.motcua.server.security.CurrentRights;

/**
 * The open STOMP sessions of this instance, who opened them and what they subscribed to. Every 2 s each
 * is checked against the party's rights as they stand now: a session whose token expired, whose account
 * was locked, password reset or device revoked, or which follows a topic its party may no longer see, is
 * closed. A client
 * that reconnects must then sign in again with its current rights.
 * <p>
 * A SUBSCRIBE is checked on the rights read at most one review interval ago (the review's own reading or one made for
 * another SUBSCRIBE of the same party): a province's screens reconnecting at once after a restart, thousands of
 * SUBSCRIBEs by a few parties, read each party's rights once instead of taking a pooled connection each and being
 * refused when the pool ran dry. A right removed is thus seen by a SUBSCRIBE as late as by an open session.
 */
@Component
class LiveSessions implements WebSocketHandlerDecoratorFactory {

    private static final Logger log = LoggerFactory.getLogger(LiveSessions.class);
    private static final CloseStatus RIGHTS_CHANGED = CloseStatus.POLICY_VIOLATION.withReason("Rights changed");

    private final Map<String, WebSocketSession> sockets = new ConcurrentHashMap<>();
    private final Map<String, Party> parties = new ConcurrentHashMap<>();
    private final CurrentRights rights;
    private final Clock clock;
    private final Cache<String, Optional<CurrentRights.Current>> recent;

    LiveSessions(
            CurrentRights rights, Clock clock, @Value("${motcua.live.review-interval:2s}") Duration reviewInterval) {
        this.rights = rights;
        this.clock = clock;
        this.recent = Caffeine.newBuilder()
                .expireAfterWrite(reviewInterval)
                .maximumSize(100_000)
                .build();
    }

    void connected(String sessionId, Caller caller, Instant issuedAt, Instant expiresAt) {
        parties.put(sessionId, new Party(caller, issuedAt, expiresAt, new ConcurrentHashMap<>()));
    }

    void subscribed(String sessionId, String subscriptionId, String destination) {
        Party party = parties.get(sessionId);
        if (party != null && subscriptionId != null) {
            party.subscriptions().put(subscriptionId, destination);
        }
    }

    void unsubscribed(String sessionId, String subscriptionId) {
        Party party = parties.get(sessionId);
        if (party != null && subscriptionId != null) {
            party.subscriptions().remove(subscriptionId);
        }
    }

    /** The session's party's rights now, for a SUBSCRIBE: absent when its token no longer speaks for it. */
    Optional<Caller> current(String sessionId, Caller caller) {
        Party party = parties.get(sessionId);
        return recent.get(
                        caller.subject(),
                        subject ->
                                Optional.ofNullable(rights.of(List.of(caller)).get(subject)))
                .filter(now -> party != null && now.accepts(party.issuedAt()))
                .map(CurrentRights.Current::caller);
    }

    @Scheduled(fixedDelayString = "${motcua.live.review-interval:2s}")
    void review() {
        if (parties.isEmpty()) {
            return;
        }
        Map<String, CurrentRights.Current> now;
        try {
            now = rights.of(parties.values().stream().map(Party::caller).toList());
        } catch (RuntimeException e) {
            // the record is unreachable: keep the sessions rather than drop every screen of the province
            log.warn("Could not review the live sessions' rights: {}", e.getMessage());
            return;
        }
        parties.values()
                .forEach(p -> recent.put(
                        p.caller().subject(),
                        Optional.ofNullable(now.get(p.caller().subject()))));
        Instant at = clock.instant();
        parties.forEach((sessionId, party) -> {
            CurrentRights.Current current = now.get(party.caller().subject());
            boolean allowed = current != null
                    && current.accepts(party.issuedAt())
                    && party.expiresAt().isAfter(at)
                    && party.subscriptions().values().stream()
                            .allMatch(topic -> StompAuthentication.maySubscribe(current.caller(), topic));
            if (!allowed) {
                close(sessionId);
            }
        });
    }

    private void close(String sessionId) {
        parties.remove(sessionId);
        WebSocketSession socket = sockets.remove(sessionId);
        if (socket == null) {
            return;
        }
        try {
            socket.close(RIGHTS_CHANGED);
        } catch (IOException e) {
            log.debug("Closing live session {} failed: {}", sessionId, e.getMessage());
        }
    }

    @Override
    public WebSocketHandler decorate(WebSocketHandler handler) {
        return new WebSocketHandlerDecorator(handler) {
            @Override
            public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                sockets.put(session.getId(), session);
                super.afterConnectionEstablished(session);
            }

            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus status) throws Exception {
                sockets.remove(session.getId());
                parties.remove(session.getId());
                super.afterConnectionClosed(session, status);
            }
        };
    }

    private record Party(Caller caller, Instant issuedAt, Instant expiresAt, Map<String, String> subscriptions) {}
}
