package vn.motcua.server.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;
import vn.motcua.client.api.Role;

/**
 * The one place where an endpoint says who may call it: each handler starts with
 * {@code access.require(officeId, roles…)}, and a caller without one of those roles in that office
 * gets 403 (401 when not signed in at all).
 */
@Component
public class Access {

    private final JwtDecoder decoder;

    Access(JwtDecoder decoder) {
        this.decoder = decoder;
    }

    /** For channels without the servlet filters (the STOMP CONNECT frame): 401-equivalent on a bad token. */
    public Caller callerOf(String bearerToken) {
        try {
            return Tokens.callerOf(decoder.decode(bearerToken));
        } catch (JwtException e) {
            throw new BadCredentialsException("Invalid or expired token", e);
        }
    }

    public Caller caller() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof Jwt jwt)) {
            throw new AuthenticationCredentialsNotFoundException("Sign in first");
        }
        return Tokens.callerOf(jwt);
    }

    /** The caller on an endpoint open to everyone, if a valid token came along. */
    public Optional<Caller> signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof Jwt jwt
                ? Optional.of(Tokens.callerOf(jwt))
                : Optional.empty();
    }

    /** The screen pairing the caller's token was exchanged for; null for a token from a sign-in. */
    Long pairing() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof Jwt jwt ? Tokens.pairingOf(jwt) : null;
    }

    public Caller require(long officeId, Role... roles) {
        Caller caller = caller();
        if (!caller.actsIn(officeId)) {
            throw new AccessDeniedException("You do not act in office " + officeId);
        }
        if (Arrays.stream(roles).noneMatch(role -> caller.holds(officeId, role))) {
            throw new AccessDeniedException(
                    "This needs one of the roles " + Arrays.toString(roles) + " in office " + officeId);
        }
        return caller;
    }

    /** For what belongs to a person rather than an office (their own password): any signed-in member of staff. */
    public Caller requireStaff() {
        Caller caller = caller();
        if (!caller.isStaff()) {
            throw new AccessDeniedException("Only a member of staff may do this");
        }
        return caller;
    }

    /** A rating tablet may act only for its own counter; staff of the office for any. */
    public Caller requireCounter(long officeId, long counterId, Role... staffRoles) {
        Caller caller = caller();
        if (caller.holds(officeId, Role.RATING_TABLET)
                && caller.counterId() != null
                && caller.counterId() == counterId) {
            return caller;
        }
        return require(officeId, staffRoles);
    }

    static Set<String> grantsOf(Jwt jwt) {
        return Set.copyOf(jwt.getClaimAsStringList("grants"));
    }
}
