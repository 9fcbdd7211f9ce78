package vn.motcua.server.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vietnamese mobile numbers as written by people (0912 345 678, +84 912.345.678) and as SMSCs and Zalo take them:
 * 84 followed by the nine digits after the leading 0, the form ZNS documents for its {@code phone}.
 */
public final class MobileNumbers {

    // since the 2018 renumbering every mobile number is 0 followed by 3, 5, 7, 8 or 9 and eight more digits
    private static final Pattern NATIONAL = Pattern.compile("0[35789]\\d{8}");

    private MobileNumbers() {}

    /** The number as 84xxxxxxxxx, or empty when what was given is not a Vietnamese mobile number. */
    public static Optional<String> international(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String digits = written.replaceAll("[\\s.()-]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        return NATIONAL.matcher(digits).matches() ? Optional.of("84" + digits.substring(1)) : Optional.empty();
    }
}
