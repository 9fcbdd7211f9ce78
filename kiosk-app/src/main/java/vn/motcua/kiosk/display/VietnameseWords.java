package vn.motcua.kiosk.display;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Ticket codes and counter numbers in Vietnamese words, as a person in the hall would say them: the prefix letter
 * by letter, then the number as a number. "A023" is "A hai mươi ba", not "A không hai ba": the zeros only pad the
 * printed slip, people say the number, and the digits one by one are easily misheard when the hall is noisy.
 * The clip names and words are those of scripts/make-voice-clips.sh, which records them.
 */
final class VietnameseWords {

    private static final List<Word> DIGITS = List.of(
            new Word("khong", "không"),
            new Word("mot-nang", "một"),
            new Word("hai", "hai"),
            new Word("ba", "ba"),
            new Word("bon", "bốn"),
            new Word("nam", "năm"),
            new Word("sau", "sáu"),
            new Word("bay", "bảy"),
            new Word("tam", "tám"),
            new Word("chin", "chín"));
    private static final Word TEN = new Word("muoi-huyen", "mười");
    private static final Word TENS = new Word("muoi-ngang", "mươi");
    private static final Word HUNDRED = new Word("tram", "trăm");
    /** Before a unit when the tens are zero: 105 is "một trăm linh năm". */
    private static final Word NO_TENS = new Word("linh", "linh");
    /** One after twenty and above: 21 is "hai mươi mốt". */
    private static final Word ONE_AFTER_TENS = new Word("mot-sac", "mốt");
    /** Five after any ten: 15 is "mười lăm", 25 "hai mươi lăm". */
    private static final Word FIVE_AFTER_TEN = new Word("lam", "lăm");

    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('A', "a"),
            Map.entry('B', "bê"),
            Map.entry('C', "xê"),
            Map.entry('D', "dê"),
            Map.entry('E', "e"),
            Map.entry('F', "ép"),
            Map.entry('G', "giê"),
            Map.entry('H', "hát"),
            Map.entry('I', "i"),
            Map.entry('J', "gi"),
            Map.entry('K', "ca"),
            Map.entry('L', "e lờ"),
            Map.entry('M', "em mờ"),
            Map.entry('N', "en nờ"),
            Map.entry('O', "o"),
            Map.entry('P', "pê"),
            Map.entry('Q', "quy"),
            Map.entry('R', "e rờ"),
            Map.entry('S', "ét xì"),
            Map.entry('T', "tê"),
            Map.entry('U', "u"),
            Map.entry('V', "vê"),
            Map.entry('W', "vê kép"),
            Map.entry('X', "ích xì"),
            Map.entry('Y', "i dài"),
            Map.entry('Z', "dét"));

    private VietnameseWords() {}

    /** A ticket code: its prefix (one or two letters A–Z) and its number (1–999), e.g. "AB105". */
    static List<Word> ticket(String code) {
        int digits = 0;
        while (digits < code.length() && !Character.isDigit(code.charAt(digits))) {
            digits++;
        }
        List<Word> words = new ArrayList<>();
        for (char letter : code.substring(0, digits).toCharArray()) {
            String text = LETTERS.get(letter);
            if (text == null) {
                throw new IllegalArgumentException("Not a ticket prefix letter: " + code);
            }
            words.add(new Word("chu-" + Character.toLowerCase(letter), text));
        }
        words.addAll(number(Integer.parseInt(code.substring(digits))));
        return words;
    }

    /** A number from 1 to 999. */
    static List<Word> number(int n) {
        if (n < 1 || n > 999) {
            throw new IllegalArgumentException("Not a ticket or counter number: " + n);
        }
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int units = n % 10;
        List<Word> words = new ArrayList<>();
        if (hundreds > 0) {
            words.add(DIGITS.get(hundreds));
            words.add(HUNDRED);
            if (tens == 0 && units > 0) {
                words.add(NO_TENS);
                words.add(DIGITS.get(units));
            }
            if (tens == 0) {
                return words;
            }
        }
        if (tens == 0) {
            words.add(DIGITS.get(units));
        } else {
            if (tens == 1) {
                words.add(TEN);
            } else {
                words.add(DIGITS.get(tens));
                words.add(TENS);
            }
            if (units == 5) {
                words.add(FIVE_AFTER_TEN);
            } else if (units == 1 && tens > 1) {
                words.add(ONE_AFTER_TENS);
            } else if (units > 0) {
                words.add(DIGITS.get(units));
            }
        }
        return words;
    }
}
