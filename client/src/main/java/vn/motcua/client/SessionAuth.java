package vn.motcua.client;

import java.io.IOException;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import vn.motcua.client.api.AccessToken;

/**
 * Sends the session's token. A device or a paired screen whose token expired (401) signs in again once and the
 * request is sent again; an exchange marked {@link Anyone} is sent without a token when there is none, and is not
 * retried.
 */
final class SessionAuth implements ClientHttpRequestInterceptor {

    private final MotcuaClient session;

    SessionAuth(MotcuaClient session) {
        this.session = session;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        boolean anyone = request.getAttributes().containsKey(Exchanges.ANYONE);
        AccessToken token = session.token();
        if (token == null) {
            if (anyone) {
                return execution.execute(request, body);
            }
            throw new ApiException(401, "NOT_SIGNED_IN", "Sign in first", null);
        }
        request.getHeaders().setBearerAuth(token.token());
        ClientHttpResponse response = execution.execute(request, body);
        if (anyone || response.getStatusCode().value() != 401 || !session.signInAgain()) {
            return response;
        }
        response.close();
        request.getHeaders().setBearerAuth(session.token().token());
        return execution.execute(request, body);
    }
}
