package vn.motcua.kiosk.feedback;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Puts a tone mark (dấu) on the syllable just typed, as a citizen taps "sắc" after "toan" to get "toán": the
 * on-screen keyboard types plain and hatted letters, and a tone key places the mark where Vietnamese spelling puts it,
 * taking off the one the syllable had. The modern rule: on the hatted or horned vowel if there is one (ơ of ươ);
 * else on the last vowel when a consonant ends the syllable, or on the one before it when two vowels end it (mùa,
 * tài); the u of qu and the i of gi count as consonants.
 */
final class VietnameseTones {

    static final char SAC = '\u0301';
    static final char HUYEN = '\u0300';
    static final char HOI = '\u0309';
    static final char NGA = '\u0303';
    static final char NANG = '\u0323';

    private static final String TONES = "\u0301\u0300\u0309\u0303\u0323";
    /** Breve, circumflex and horn: the marks that make ă, â, ê, ô, ơ, ư. */
    private static final String SHAPES = "\u0306\u0302\u031b";

    private VietnameseTones() {}

    /** {@code text} with its last syllable carrying {@code tone}; unchanged when that syllable has no vowel. */
    static String apply(String text, char tone) {
        int start = text.length();
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String syllable = text.substring(start);
        String[] letters = new String[syllable.length()];
        for (int i = 0; i < syllable.length(); i++) {
            letters[i] = strip(Normalizer.normalize(String.valueOf(syllable.charAt(i)), Normalizer.Form.NFD));
        }
        int at = place(letters);
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.substring(0, start));
        for (int i = 0; i < letters.length; i++) {
            out.append(Normalizer.normalize(i == at ? letters[i] + tone : letters[i], Normalizer.Form.NFC));
        }
        return out.toString();
    }

    private static int place(String[] letters) {
        int first = 0;
        String opening = letters.length >= 2 ? base(letters[0]) + base(letters[1]) : "";
        if ((opening.equals("qu") || opening.equals("gi")) && letters.length > 2 && isVowel(letters[2])) {
            first = 2;
        }
        int lastShaped = -1;
        int lastVowel = -1;
        int firstVowel = -1;
        for (int i = first; i < letters.length; i++) {
            if (isVowel(letters[i])) {
                if (firstVowel < 0) {
                    firstVowel = i;
                }
                lastVowel = i;
                if (letters[i].chars().anyMatch(c -> SHAPES.indexOf(c) >= 0)) {
                    lastShaped = i;
                }
            }
        }
        if (lastVowel < 0) {
            return -1;
        }
        if (lastShaped >= 0) {
            return lastShaped;
        }
        boolean endsInVowel = lastVowel == letters.length - 1;
        return endsInVowel && lastVowel > firstVowel ? lastVowel - 1 : lastVowel;
    }

    private static boolean isVowel(String letter) {
        return "aeiouy".indexOf(base(letter).charAt(0)) >= 0;
    }

    private static String base(String letter) {
        return letter.isEmpty() ? "" : letter.substring(0, 1).toLowerCase(Locale.ROOT);
    }

    /** The letter without its tone, keeping the marks that make it a letter of its own. */
    private static String strip(String decomposed) {
        StringBuilder kept = new StringBuilder();
        decomposed.chars().filter(c -> TONES.indexOf(c) < 0).forEach(c -> kept.append((char) c));
        return kept.toString();
    }
}
