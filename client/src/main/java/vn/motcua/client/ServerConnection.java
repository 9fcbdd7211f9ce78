package vn.motcua.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * One HTTP client to the server for a whole app, shared by the {@link MotcuaClient} of every session or
 * device in it: each holds only its own token. A client per session would start a selector thread of its own
 * for every page load and keep it for as long as the session lives.
 */
public final class ServerConnection {

    private final URI baseUrl;
    private final RestClient rest;

    public ServerConnection(URI baseUrl) {
        this.baseUrl = baseUrl;
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(Duration.ofSeconds(10));
        this.rest = RestClient.builder()
                .baseUrl(baseUrl.toString() + "/api/v1")
                .requestFactory(factory)
                .build();
    }

    RestClient rest() {
        return rest;
    }

    /** A client of its own (its own token) over this connection. */
    public MotcuaClient newClient() {
        return new MotcuaClient(baseUrl, rest);
    }
}
