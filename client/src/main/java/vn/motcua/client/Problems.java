package vn.motcua.client;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpRequest;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import tools.jackson.databind.json.JsonMapper;

/** The status handler of every request: a 4xx or 5xx answer, problem+json or not, becomes an {@link ApiException}. */
final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {}

    @SuppressWarnings("unchecked")
    static void raise(HttpRequest request, ClientHttpResponse response) throws IOException {
        byte[] body = response.getBody().readAllBytes();
        String code = null;
        String detail = response.getStatusText();
        List<Map<String, String>> errors = null;
        try {
            Map<String, Object> problem = JSON.readValue(body, Map.class);
            code = (String) problem.get("code");
            detail = problem.get("detail") == null
                    ? detail
                    : problem.get("detail").toString();
            errors = (List<Map<String, String>>) problem.get("errors");
        } catch (RuntimeException notProblemJson) {
            detail = new String(body, charset(response));
        }
        throw new ApiException(response.getStatusCode().value(), code, detail, errors);
    }

    private static Charset charset(ClientHttpResponse response) {
        MediaType type = response.getHeaders().getContentType();
        return type == null || type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
    }
}
