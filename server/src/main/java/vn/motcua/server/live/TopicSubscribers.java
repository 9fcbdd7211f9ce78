package vn.motcua.server.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.broker.AbstractSubscriptionRegistry;
import org.springframework.util.CollectionUtils;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Who follows each topic, kept per topic, for the in-memory broker (decision 34). Every SUBSCRIBE names one exact
 * topic ({@link StompAuthentication} refuses any other), so the subscribers of an event's topic are a map look-up:
 * the broker never walks the sessions of other offices, neither on an event nor on a topic's first event after a
 * start, which Spring's pattern-matching registry did for every topic it had not cached.
 *
 * <p>A topic's subscribers are an immutable map replaced on each change of that topic, so an event being delivered
 * reads a consistent set without a lock while screens come and go.
 */
final class TopicSubscribers extends AbstractSubscriptionRegistry {

    private static final MultiValueMap<String, String> NOBODY =
            CollectionUtils.unmodifiableMultiValueMap(new LinkedMultiValueMap<>());

    /** topic → session id → that session's subscription ids on the topic */
    private final Map<String, MultiValueMap<String, String>> byTopic = new ConcurrentHashMap<>();

    /** session id → subscription id → topic */
    private final Map<String, Map<String, String>> bySession = new ConcurrentHashMap<>();

    @Override
    protected void addSubscriptionInternal(
            String sessionId, String subscriptionId, String destination, Message<?> message) {
        String before = bySession
                .computeIfAbsent(sessionId, id -> new ConcurrentHashMap<>())
                .put(subscriptionId, destination);
        if (before != null) {
            byTopic.computeIfPresent(before, (topic, followers) -> without(followers, sessionId, subscriptionId));
        }
        byTopic.compute(destination, (topic, followers) -> with(followers, sessionId, subscriptionId));
    }

    @Override
    protected void removeSubscriptionInternal(String sessionId, String subscriptionId, Message<?> message) {
        Map<String, String> subscriptions = bySession.get(sessionId);
        String topic = subscriptions == null ? null : subscriptions.remove(subscriptionId);
        if (topic != null) {
            byTopic.computeIfPresent(topic, (t, followers) -> without(followers, sessionId, subscriptionId));
        }
    }

    @Override
    public void unregisterAllSubscriptions(String sessionId) {
        Map<String, String> subscriptions = bySession.remove(sessionId);
        if (subscriptions != null) {
            subscriptions.forEach((subscriptionId, topic) ->
                    byTopic.computeIfPresent(topic, (t, followers) -> without(followers, sessionId, subscriptionId)));
        }
    }

    @Override
    protected MultiValueMap<String, String> findSubscriptionsInternal(String destination, Message<?> message) {
        return byTopic.getOrDefault(destination, NOBODY);
    }

    private static MultiValueMap<String, String> with(
            MultiValueMap<String, String> followers, String sessionId, String subscriptionId) {
        LinkedMultiValueMap<String, String> changed =
                followers == null ? new LinkedMultiValueMap<>() : new LinkedMultiValueMap<>(followers);
        List<String> ids = new ArrayList<>(changed.getOrDefault(sessionId, List.of()));
        if (!ids.contains(subscriptionId)) {
            ids.add(subscriptionId);
            changed.put(sessionId, List.copyOf(ids));
        }
        return CollectionUtils.unmodifiableMultiValueMap(changed);
    }

    /** The followers without that subscription, or null (no entry) once nobody follows the topic. */
    private static MultiValueMap<String, String> without(
            MultiValueMap<String, String> followers, String sessionId, String subscriptionId) {
        LinkedMultiValueMap<String, String> changed = new LinkedMultiValueMap<>(followers);
        List<String> ids = changed.getOrDefault(sessionId, List.of()).stream()
                .filter(id -> !id.equals(subscriptionId))
                .toList();
        if (ids.isEmpty()) {
            changed.remove(sessionId);
        } else {
            changed.put(sessionId, ids);
        }
        return changed.isEmpty() ? null : CollectionUtils.unmodifiableMultiValueMap(changed);
    }
}
