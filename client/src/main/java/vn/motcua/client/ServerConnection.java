package vn.motcua.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * One HTTP client to the server for a whole app, shared by the {@link MotcuaClient} of every session or
 * device in it: each holds only its own token. A client per session would start a selector thread of its own
 * for every page load and keep it for as long as the session lives.
 */
public final class ServerConnection {

    /** A person waits on a command or a look-up: a server that has not answered by then is treated as down. */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);
    /**
     * A PDF or a spreadsheet is made on demand; a year of a province's indicators, or the first report of a server
     * just started on a loaded machine, can take longer than a command, and a late file beats a failed download.
     */
    static final Duration FILE_TIMEOUT = Duration.ofSeconds(60);

    private final URI baseUrl;
    private final RestClient rest;
    private final RestClient files;
    private final AuthApi auth;
    private final PageApi pages;

    public ServerConnection(URI baseUrl) {
        this(baseUrl, ANSWER_TIMEOUT, FILE_TIMEOUT);
    }

    ServerConnection(URI baseUrl, Duration answers, Duration files) {
        this.baseUrl = baseUrl;
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        this.rest = client(http, answers);
        this.files = client(http, files);
        this.auth = new Exchanges(rest).create(AuthApi.class);
        this.pages = new Exchanges(rest.mutate().baseUrl(baseUrl.toString()).build()).create(PageApi.class);
    }

    private RestClient client(HttpClient http, Duration readTimeout) {
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(readTimeout);
        return RestClient.builder()
                .baseUrl(baseUrl.toString() + "/api/v1")
                .requestFactory(factory)
                .requestInterceptor(new CommandRetry())
                .defaultStatusHandler(HttpStatusCode::isError, Problems::raise)
                .build();
    }

    RestClient rest() {
        return rest;
    }

    RestClient files() {
        return files;
    }

    AuthApi auth() {
        return auth;
    }

    PageApi pages() {
        return pages;
    }

    /** A client of its own (its own token) over this connection. */
    public MotcuaClient newClient() {
        return new MotcuaClient(baseUrl, this);
    }
}
