package vn.motcua.kiosk.procedure;

import vn.motcua.client.text.VietnameseText;

/**
 * Matches what a citizen types on the on-screen keyboard, which has no tone marks, against Vietnamese names:
 * "dang ky khai sinh" finds "Đăng ký khai sinh". The kiosk filters the catalogue it already holds.
 */
final class Folding {

    private Folding() {}

    /**
     * The query, as typed so far, starts at the beginning of a word of the text: "dang ky k" keeps "Đăng ký khai
     * sinh" and "Đăng ký kết hôn" but no longer "Đăng ký doanh nghiệp". A blank query matches everything.
     */
    static boolean matches(String query, String text) {
        String typed = VietnameseText.fold(query.strip()).replaceAll("\\s+", " ");
        return typed.isEmpty() || (" " + VietnameseText.fold(text).replaceAll("\\s+", " ")).contains(" " + typed);
    }
}
