package vn.motcua.server.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * The one place where text from outside is checked before any handler sees it: every string of a JSON body
 * (through Jackson), every query parameter (through {@link CleanInputFilter}) and every uploaded text file
 * ({@link UploadedText}). All of it, and every path variable, is normalised to Unicode NFC: some keyboards (macOS,
 * some Android ones) send Vietnamese with decomposed diacritics, which would otherwise be stored as is and missed
 * by searches and uniqueness checks typed in the usual composed form. Refused, as 400 naming the
 * field: a NUL or another control character other than tab and line breaks (PostgreSQL cannot store NUL, and
 * none belongs in a name or a note), a lone UTF-16 surrogate (no valid text contains one; Argon2 fails on it),
 * and in a query a date or month whose year is signed or has more than four digits (such as
 * {@code +999999999-12}, which parses but overflows every calculation and timestamp after it).
 */
@Configuration
class CleanInput implements WebMvcConfigurer {

    private final ProblemText text;

    CleanInput(ProblemText text) {
        this.text = text;
    }

    /** An ISO date or month whose year java.time accepts but nothing in an office calendar needs. */
    private static final Pattern EXTREME_DATE = Pattern.compile("\\s*([+-]\\d+|\\d{5,})-\\d{1,2}(-\\d{1,2})?([T ].*)?");

    enum Flaw {
        CONTROL_CHARACTER,
        LONE_SURROGATE,
        EXTREME_DATE
    }

    static Flaw flawOfText(String value) {
        int at = firstFlawAt(value);
        return at < 0 ? null : flawOf(value.codePointAt(at));
    }

    /** Where the first refused character is, or -1. */
    static int firstFlawAt(String value) {
        // code points pair valid surrogates, so a surrogate seen here is a lone one
        for (int at = 0; at < value.length(); ) {
            int c = value.codePointAt(at);
            if (flawOf(c) != null) {
                return at;
            }
            at += Character.charCount(c);
        }
        return -1;
    }

    private static Flaw flawOf(int c) {
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
            return Flaw.CONTROL_CHARACTER;
        }
        return c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE ? Flaw.LONE_SURROGATE : null;
    }

    static Flaw flawOfParameter(String value) {
        Flaw flaw = flawOfText(value);
        if (flaw == null && EXTREME_DATE.matcher(value).matches()) {
            return Flaw.EXTREME_DATE;
        }
        return flaw;
    }

    static String nfc(String value) {
        return value == null || Normalizer.isNormalized(value, Normalizer.Form.NFC)
                ? value
                : Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new CleanPathVariables(text));
    }

    @Bean
    JacksonModule cleanStrings() {
        return new SimpleModule("motcua-clean-strings").addDeserializer(String.class, new CleanStringDeserializer());
    }

    /** Jackson's own string reading, then the check; the exception carries the JSON path of the field. */
    static final class CleanStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (value != null && flawOfText(value) != null) {
                throw new UnstorableText(p, value);
            }
            return nfc(value);
        }
    }

    /**
     * Runs once the handler is chosen and before its arguments are read from the matched path variables: a refused
     * character (Tomcat itself refuses only an encoded NUL or slash) is 400 naming the variable.
     */
    static final class CleanPathVariables implements HandlerInterceptor {

        private final ProblemText text;

        CleanPathVariables(ProblemText text) {
            this.text = text;
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                    && !variables.isEmpty()) {
                for (Map.Entry<?, ?> variable : variables.entrySet()) {
                    Flaw flaw = flawOfText(String.valueOf(variable.getValue()));
                    if (flaw != null) {
                        String name = String.valueOf(variable.getKey());
                        throw new BadRequestException(
                                name,
                                text.text("problem.badInput", name, text.text("problem.badInput." + flaw.name())));
                    }
                }
                request.setAttribute(
                        HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE,
                        variables.entrySet().stream()
                                .collect(Collectors.toUnmodifiableMap(
                                        e -> String.valueOf(e.getKey()), e -> nfc(String.valueOf(e.getValue())))));
            }
            return true;
        }
    }

    /** Told apart from other unreadable JSON by {@link ApiProblems}, which names the field and the reason. */
    static final class UnstorableText extends InvalidFormatException {

        UnstorableText(JsonParser p, String value) {
            super(p, "text with a control character or a lone surrogate", value, String.class);
        }
    }
}
