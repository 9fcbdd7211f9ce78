package vn.motcua.server.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.motcua.server.shared.BadRequestException;
import vn.motcua.server.shared.ProblemText;

/**
 * What a new or changed staff password must be (OWASP ASVS 2.1): at least 12 characters, not containing the
 * username, not a common password (the shipped list, also without trailing digits and symbols, so that
 * "password2026!" counts as "password"), not a run of one or a few characters or a keyboard-free sequence such as
 * "123456789012". Applied where a password is chosen, never at sign-in, so existing accounts keep working.
 */
@Component
class PasswordRules {

    static final int MIN_LENGTH = 12;
    private static final int MIN_DISTINCT = 5;

    private final Set<String> common;
    private final ProblemText text;

    PasswordRules(ProblemText text) {
        this.text = text;
        this.common = load();
    }

    /** @throws BadRequestException naming {@code field}, in the caller's language */
    void check(String field, String username, String password) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new BadRequestException(field, text.text("password.tooShort", MIN_LENGTH));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null
                && !username.isBlank()
                && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            throw new BadRequestException(field, text.text("password.containsUsername"));
        }
        String base = lower.replaceFirst("[\\p{N}\\p{P}\\p{S}\\s]+$", "");
        if (common.contains(lower)
                || common.contains(base)
                || lower.codePoints().distinct().count() < MIN_DISTINCT
                || sequence(lower)) {
            throw new BadRequestException(field, text.text("password.common"));
        }
    }

    /** Each character one after the previous (or one before), digits wrapping 9 → 0: "123456789012", "zyxw…". */
    private static boolean sequence(String s) {
        int step = 0;
        for (int i = 1; i < s.length(); i++) {
            int d = next(s.charAt(i - 1), s.charAt(i));
            if (d == 0 || (step != 0 && d != step)) {
                return false;
            }
            step = d;
        }
        return true;
    }

    private static int next(char a, char b) {
        if (b == a + 1 || (a == '9' && b == '0')) {
            return 1;
        }
        if (b == a - 1 || (a == '0' && b == '9')) {
            return -1;
        }
        return 0;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        var resource = new ClassPathResource("security/common-passwords.txt");
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(String::strip)
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException("The common-password list is missing from the jar", e);
        }
        return Set.copyOf(words);
    }
}
