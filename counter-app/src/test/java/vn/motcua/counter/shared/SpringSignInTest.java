package vn.motcua.counter.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import vn.motcua.client.api.AccessToken;
import vn.motcua.client.api.Role;

class SpringSignInTest {

    private final AccessToken token = new AccessToken(
            "server-token",
            Instant.parse("2026-12-04T20:00:00Z"),
            "staff:7",
            "Trần Thị Bình",
            Set.of(Role.HEAD),
            List.of(1L),
            null);

    @AfterEach
    void signedOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void signing_in_gives_the_browser_a_new_session_id_and_keeps_the_server_token_in_that_session() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        String before = request.getSession().getId();

        new SpringSignIn().keep(new StaffAuthentication(token), request, new MockHttpServletResponse());

        assertThat(request.getSession().getId()).isNotEqualTo(before);
        SecurityContext kept = (SecurityContext)
                request.getSession().getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        StaffAuthentication signedIn = (StaffAuthentication) kept.getAuthentication();
        assertThat(signedIn.token().token()).isEqualTo("server-token");
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_HEAD");
        assertThat(signedIn.getCredentials()).isEqualTo("");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isSameAs(signedIn);
    }
}
