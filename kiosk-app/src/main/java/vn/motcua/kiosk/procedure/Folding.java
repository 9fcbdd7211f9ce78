package vn.motcua.kiosk.procedure;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Matches what a citizen types on the on-screen keyboard, which has no tone marks, against Vietnamese names:
 * "dang ky khai sinh" finds "Đăng ký khai sinh". The server's search compares accents, so the kiosk filters
 * the catalogue it already holds.
 */
final class Folding {

    private Folding() {}

    static String fold(String text) {
        String plain = text.replace('đ', 'd').replace('Đ', 'D');
        return Normalizer.normalize(plain, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }

    /**
     * The query, as typed so far, starts at the beginning of a word of the text: "dang ky k" keeps "Đăng ký khai
     * sinh" and "Đăng ký kết hôn" but no longer "Đăng ký doanh nghiệp". A blank query matches everything.
     */
    static boolean matches(String query, String text) {
        String typed = fold(query.strip()).replaceAll("\\s+", " ");
        return typed.isEmpty() || (" " + fold(text).replaceAll("\\s+", " ")).contains(" " + typed);
    }
}
