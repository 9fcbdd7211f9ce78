package vn.motcua.counter.shared;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Consumer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Hands a sign-in made in the Vaadin sign-in view to Spring Security, as its form login would: against session
 * fixation the browser gets a new session id (an id planted or seen before sign-in is worth nothing after it; the
 * session itself, with the Vaadin UI, stays), and the authentication is kept in the HTTP session for the requests
 * that follow. The sign-in is done in the view rather than by a form post so that a temporary password can be
 * replaced there and then; it needs the click to come as an HTTP request, not over the push WebSocket (see
 * CounterApplication).
 */
final class SpringSignIn implements Consumer<Authentication> {

    private final SessionAuthenticationStrategy fixation = new ChangeSessionIdAuthenticationStrategy();
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    @Override
    public void accept(Authentication authentication) {
        if (!(VaadinRequest.getCurrent() instanceof VaadinServletRequest request)
                || !(VaadinResponse.getCurrent() instanceof VaadinServletResponse response)) {
            throw new IllegalStateException("Signing in needs the HTTP request that carries the sign-in");
        }
        keep(authentication, request.getHttpServletRequest(), response.getHttpServletResponse());
    }

    void keep(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        fixation.onAuthentication(authentication, request, response);
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        repository.saveContext(context, request, response);
    }
}
