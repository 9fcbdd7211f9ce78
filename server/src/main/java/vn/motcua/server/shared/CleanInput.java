package vn.motcua.server.shared;

import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * The one place where text from outside is checked before any handler sees it: every string of a JSON body
 * (through Jackson) and every query parameter (through {@link CleanInputFilter}). Refused, as 400 naming the
 * field: a NUL or another control character other than tab and line breaks (PostgreSQL cannot store NUL, and
 * none belongs in a name or a note), a lone UTF-16 surrogate (no valid text contains one; Argon2 fails on it),
 * and in a query a date or month whose year is signed or has more than four digits (such as
 * {@code +999999999-12}, which parses but overflows every calculation and timestamp after it).
 */
@Configuration
class CleanInput {

    /** An ISO date or month whose year java.time accepts but nothing in an office calendar needs. */
    private static final Pattern EXTREME_DATE = Pattern.compile("\\s*([+-]\\d+|\\d{5,})-\\d{1,2}(-\\d{1,2})?([T ].*)?");

    enum Flaw {
        CONTROL_CHARACTER,
        LONE_SURROGATE,
        EXTREME_DATE
    }

    static Flaw flawOfText(String value) {
        // code points pair valid surrogates, so a surrogate seen here is a lone one
        return value.codePoints()
                .mapToObj(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F
                        ? Flaw.CONTROL_CHARACTER
                        : c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE ? Flaw.LONE_SURROGATE : null)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    static Flaw flawOfParameter(String value) {
        Flaw flaw = flawOfText(value);
        if (flaw == null && EXTREME_DATE.matcher(value).matches()) {
            return Flaw.EXTREME_DATE;
        }
        return flaw;
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
            return value;
        }
    }

    /** Told apart from other unreadable JSON by {@link ApiProblems}, which names the field and the reason. */
    static final class UnstorableText extends InvalidFormatException {

        UnstorableText(JsonParser p, String value) {
            super(p, "text with a control character or a lone surrogate", value, String.class);
        }
    }
}
