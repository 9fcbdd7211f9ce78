package vn.motcua.counter.shared;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import vn.motcua.client.api.AccessToken;
import vn.motcua.client.api.Role;

/**
 * A member of staff the server has signed in: its token, and its roles as the authorities that
 * {@code @RolesAllowed} on the views checks. The app keeps no accounts of its own.
 */
public final class StaffAuthentication extends AbstractAuthenticationToken {

    private final transient AccessToken token;

    StaffAuthentication(AccessToken token) {
        super(authorities(token));
        this.token = token;
        setAuthenticated(true);
    }

    private static List<SimpleGrantedAuthority> authorities(AccessToken token) {
        return token.roles().stream()
                .map(Role::name)
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }

    public AccessToken token() {
        return token;
    }

    /** The server's bearer token stays out of reach of anything that prints credentials. */
    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return token.subject();
    }
}
