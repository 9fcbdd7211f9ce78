package vn.motcua.server.shared;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Error messages in the caller's language from the server's bundles: English when the request's
 * Accept-Language prefers it, Vietnamese otherwise (also without the header, whatever the JVM's own locale).
 */
@Component
public class ProblemText {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

    private final MessageSource messages;

    ProblemText(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale());
    }

    /** For answers written outside Spring's request handling, where only the header is at hand. */
    String textFor(String acceptLanguage, String key) {
        return messages.getMessage(key, null, locale(acceptLanguage));
    }

    static Locale locale() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return VIETNAMESE;
        }
        return locale(attributes.getRequest().getHeader("Accept-Language"));
    }

    private static Locale locale(String header) {
        if (header == null || header.isBlank()) {
            return VIETNAMESE;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return chosen == null ? VIETNAMESE : chosen;
        } catch (IllegalArgumentException malformed) {
            return VIETNAMESE;
        }
    }
}
