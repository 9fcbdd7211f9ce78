package vn.motcua.server.phone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.server.Fixtures;

/**
 * The phone ticket page over HTTP as a phone uses it (no redirects followed, so the tests see the 303), each desk from
 * an address of its own (X-Forwarded-For, which the tests' server trusts from loopback as the deploy files' nginx); and
 * the code as the SMS would bring it, read from the outbox.
 */
final class PhoneDesk {

    private static final Pattern REQUEST = Pattern.compile("name=request value='([0-9a-f-]{36})'");
    private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");

    private final Fixtures fixtures;
    private final JdbcClient jdbc;
    private final long office;
    private final String address;
    private final HttpClient http = HttpClient.newHttpClient();

    PhoneDesk(Fixtures fixtures, JdbcClient jdbc, long office) {
        this(fixtures, jdbc, office, anyAddress());
    }

    PhoneDesk(Fixtures fixtures, JdbcClient jdbc, long office, String address) {
        this.fixtures = fixtures;
        this.jdbc = jdbc;
        this.office = office;
        this.address = address;
    }

    static String anyAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    /** A mobile number no other test uses. */
    static String anyPhone() {
        return "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    HttpResponse<String> form(String lang) {
        return send(HttpRequest.newBuilder(uri("/cong-khai/" + office + "/lay-so?lang=" + lang))
                .header("X-Forwarded-For", address)
                .GET()
                .build());
    }

    HttpResponse<String> sendCode(long area, String phone) {
        return sendCode(area, phone, "vi");
    }

    HttpResponse<String> sendCode(long area, String phone, String lang) {
        return post("/cong-khai/" + office + "/lay-so?lang=" + lang, "area=" + area + "&phone=" + enc(phone));
    }

    HttpResponse<String> take(String request, String code) {
        return post(
                "/cong-khai/" + office + "/lay-so/xac-nhan?lang=vi", "request=" + enc(request) + "&code=" + enc(code));
    }

    /** The hidden token of the code's form. */
    static String request(HttpResponse<String> page) {
        Matcher m = REQUEST.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no code form: " + page.statusCode() + " " + page.body());
        }
        return m.group(1);
    }

    /** The code in the SMS queued for the request: what the citizen reads on the phone. */
    String smsCode(String request) {
        String body = smsText(request);
        Matcher m = SIX_DIGITS.matcher(body);
        if (!m.find()) {
            throw new AssertionError("no code in " + body);
        }
        return m.group(1);
    }

    String smsText(String request) {
        return jdbc.sql(
                        "select body from message_outbox where reference = ? and kind = 'phone-code' and channel = 'SMS'")
                .param(request)
                .query(String.class)
                .single();
    }

    private HttpResponse<String> post(String path, String form) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create(fixtures.baseUrl() + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
