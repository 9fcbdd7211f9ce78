package vn.motcua.client.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text as people type it when they leave the accents out, as a kiosk's keys, an old phone or a hurried clerk
 * do: "dang ky ho kinh doanh" is to find "Đăng ký hộ kinh doanh". The one folding of the server's search and of the
 * apps' filters, so that a query finds the same names wherever it is typed.
 */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private VietnameseText() {}

    /** Without tone and vowel marks, đ as d, in lower case; null as empty. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed)
                .replaceAll("")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
    }
}
