package vn.motcua.server.live;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.stereotype.Component;
import vn.motcua.client.api.Role;
import vn.motcua.server.security.Access;
import vn.motcua.server.security.Caller;

/**
 * CONNECT must carry "Authorization: Bearer …" with a token that expires; SUBSCRIBE is allowed only to the
 * topics of the offices the caller acts in now, and a counter's topic only to that counter's tablet or the
 * office's staff, and an office's norm breaches only to its heads and admins. {@link LiveSessions} ends a session once its party loses those rights.
 */
@Component
class StompAuthentication implements ChannelInterceptor {

    private static final Pattern OFFICE_TOPIC = Pattern.compile("^/topic/office\\.(\\d+)\\.(queue|display)$");
    private static final Pattern NORM_TOPIC = Pattern.compile("^/topic/office\\.(\\d+)\\.norms$");
    private static final Pattern COUNTER_TOPIC = Pattern.compile("^/topic/office\\.(\\d+)\\.counter\\.(\\d+)$");

    private final Access access;
    private final JwtDecoder tokens;
    private final LiveSessions sessions;

    StompAuthentication(Access access, JwtDecoder tokens, LiveSessions sessions) {
        this.access = access;
        this.tokens = tokens;
        this.sessions = sessions;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || stomp.getCommand() == null) {
            return message;
        }
        if (stomp.getCommand() == StompCommand.CONNECT) {
            String header = stomp.getFirstNativeHeader("Authorization");
            if (header == null || !header.startsWith("Bearer ")) {
                throw new MessageDeliveryException("CONNECT needs an Authorization: Bearer header");
            }
            String token = header.substring("Bearer ".length()).trim();
            Caller caller = access.callerOf(token);
            Jwt jwt = tokens.decode(token);
            if (jwt.getExpiresAt() == null || jwt.getIssuedAt() == null) {
                throw new MessageDeliveryException("The token has no issue or expiry time");
            }
            stomp.setUser(new UsernamePasswordAuthenticationToken(caller, null, List.of()));
            sessions.connected(stomp.getSessionId(), caller, jwt.getIssuedAt(), jwt.getExpiresAt());
        } else if (stomp.getCommand() == StompCommand.SUBSCRIBE) {
            // authorised on the rights held now, not those of the token the session was opened with
            Caller caller = sessions.current(stomp.getSessionId(), callerOf(stomp))
                    .orElseThrow(() -> new MessageDeliveryException("No longer allowed to follow this office"));
            if (!maySubscribe(caller, stomp.getDestination())) {
                throw new MessageDeliveryException("Not allowed to subscribe to " + stomp.getDestination());
            }
            sessions.subscribed(stomp.getSessionId(), stomp.getSubscriptionId(), stomp.getDestination());
        } else if (stomp.getCommand() == StompCommand.UNSUBSCRIBE) {
            sessions.unsubscribed(stomp.getSessionId(), stomp.getSubscriptionId());
        } else if (stomp.getCommand() == StompCommand.SEND) {
            throw new MessageDeliveryException("Commands go through the REST API, not STOMP SEND");
        }
        return message;
    }

    static boolean maySubscribe(Caller caller, String destination) {
        if (destination == null) {
            return false;
        }
        Matcher office = OFFICE_TOPIC.matcher(destination);
        if (office.matches()) {
            return caller.actsIn(Long.parseLong(office.group(1)));
        }
        Matcher norms = NORM_TOPIC.matcher(destination);
        if (norms.matches()) {
            long officeId = Long.parseLong(norms.group(1));
            return caller.holds(officeId, Role.HEAD) || caller.holds(officeId, Role.ADMIN);
        }
        Matcher counter = COUNTER_TOPIC.matcher(destination);
        if (counter.matches()) {
            long officeId = Long.parseLong(counter.group(1));
            long counterId = Long.parseLong(counter.group(2));
            boolean ownTablet = caller.holds(officeId, Role.RATING_TABLET)
                    && caller.counterId() != null
                    && caller.counterId() == counterId;
            boolean staff = caller.holds(officeId, Role.CLERK)
                    || caller.holds(officeId, Role.HEAD)
                    || caller.holds(officeId, Role.ADMIN);
            return ownTablet || staff;
        }
        return false;
    }

    private static Caller callerOf(StompHeaderAccessor stomp) {
        if (stomp.getUser() instanceof UsernamePasswordAuthenticationToken auth
                && auth.getPrincipal() instanceof Caller c) {
            return c;
        }
        throw new MessageDeliveryException("Not connected");
    }
}
