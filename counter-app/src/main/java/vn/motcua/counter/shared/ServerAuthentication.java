package vn.motcua.counter.shared;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import vn.motcua.client.ApiException;

/**
 * Signs staff in through the server's API, with the client of the session being signed in: that client keeps the
 * token for the session's later calls, and the {@link StaffAuthentication} it gives keeps it for Spring Security.
 */
final class ServerAuthentication implements AuthenticationProvider {

    /** What the sign-in form sends, with the session's way to the server. */
    static final class Credentials extends AbstractAuthenticationToken {

        private final String username;
        private final transient String password;
        private final transient Backend backend;

        Credentials(String username, String password, Backend backend) {
            super(List.of());
            this.username = username;
            this.password = password;
            this.backend = backend;
        }

        @Override
        public Object getCredentials() {
            return password;
        }

        @Override
        public Object getPrincipal() {
            return username;
        }
    }

    /** The server's refusal other than a wrong password (locked account, temporary password, server down...). */
    static final class Refused extends AuthenticationException {

        private final transient ApiException refusal;

        Refused(ApiException refusal) {
            super(refusal.getMessage(), refusal);
            this.refusal = refusal;
        }

        ApiException refusal() {
            return refusal;
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Credentials credentials = (Credentials) authentication;
        try {
            return new StaffAuthentication(credentials.backend.signIn(credentials.username, credentials.password));
        } catch (ApiException e) {
            if (e.status() == 400 || e.status() == 401) {
                throw new BadCredentialsException(e.getMessage(), e);
            }
            throw new Refused(e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return Credentials.class.isAssignableFrom(authentication);
    }
}
