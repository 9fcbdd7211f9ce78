package vn.motcua.server.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Query parameters and form fields checked once for every endpoint (see {@link CleanInput}), before security and before any
 * handler, so that no endpoint passes such a value on to PostgreSQL, Argon2 or date arithmetic; and every
 * parameter handed on in NFC.
 */
@Component
// after Spring's RequestContextFilter (-105), which makes the caller's language known, and before Spring
// Security's chain (-100), so that a refused value never reaches sign-in
@Order(-104)
class CleanInputFilter extends OncePerRequestFilter {

    private final JsonMapper json;
    private final ProblemText text;

    CleanInputFilter(JsonMapper json, ProblemText text) {
        this.json = json;
        this.text = text;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the query string and a form's fields; any other body is left for its handler to read
        if (request.getQueryString() != null || isForm(request)) {
            Map<String, String[]> parameters;
            try {
                parameters = request.getParameterMap();
            } catch (InvalidParameterException undecodable) {
                // bytes that are not UTF-8 after percent-decoding, which Tomcat would turn into a bare error page
                refuseMalformed(response);
                return;
            }
            for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
                CleanInput.Flaw flaw = CleanInput.flawOfText(parameter.getKey());
                for (String value : parameter.getValue()) {
                    flaw = flaw != null ? flaw : CleanInput.flawOfParameter(value);
                }
                if (flaw != null) {
                    refuse(response, parameter.getKey(), flaw);
                    return;
                }
            }
        }
        chain.doFilter(new NfcParameters(request), response);
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    private void refuse(HttpServletResponse response, String field, CleanInput.Flaw flaw) throws IOException {
        String message = text.text("problem.badInput." + flaw.name());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, text.text("problem.badInput", safe(field), message));
        problem.setTitle("Invalid request");
        problem.setProperty("code", "INVALID_FIELDS");
        problem.setProperty("errors", List.of(Map.of("field", safe(field), "message", message)));
        write(response, problem);
    }

    private void refuseMalformed(HttpServletResponse response) throws IOException {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text.text("problem.malformedRequest"));
        problem.setTitle("Invalid request");
        problem.setProperty("code", "MALFORMED_REQUEST");
        write(response, problem);
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** Normalised when asked for, so that a form body is still read only by whoever needs it. */
    private static final class NfcParameters extends HttpServletRequestWrapper {

        NfcParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return CleanInput.nfc(super.getParameter(name));
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = super.getParameterValues(name);
            return values == null
                    ? null
                    : Arrays.stream(values).map(CleanInput::nfc).toArray(String[]::new);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> parameters = new LinkedHashMap<>();
            super.getParameterMap()
                    .forEach((name, values) -> parameters.put(
                            CleanInput.nfc(name),
                            Arrays.stream(values).map(CleanInput::nfc).toArray(String[]::new)));
            return Collections.unmodifiableMap(parameters);
        }
    }

    /** The field's name is echoed back, so it must not carry what was refused in it. */
    private static String safe(String field) {
        return CleanInput.flawOfText(field) == null ? field : "?";
    }
}
