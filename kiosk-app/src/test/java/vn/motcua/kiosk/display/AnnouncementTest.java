package vn.motcua.kiosk.display;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.kiosk.shared.Messages;

class AnnouncementTest {

    private static final Announcement.Sentence SENTENCE = (ticket, counter) -> ticket + " / " + counter;
    private static final Announcement.Sentence BRIEF = (ticket, counter) -> ticket + " > " + counter;

    private static List<String> clips(String code, int counter) {
        return Announcement.of(code, counter, SENTENCE, BRIEF).clips();
    }

    private static String words(int n) {
        return String.join(
                " ", VietnameseWords.number(n).stream().map(Word::text).toList());
    }

    @Test
    void aCallIsTheOpeningTheTicketTheWayToTheCounterAndItsNumber() {
        assertThat(clips("A023", 3))
                .containsExactly("moi-cong-dan-co-so-thu-tu", "chu-a", "hai", "muoi-ngang", "ba", "den-quay-so", "ba");
        assertThat(Announcement.of("A023", 3, SENTENCE, BRIEF).text()).isEqualTo("a hai mươi ba / ba");
    }

    @Test
    void theBriefFormSaidWhileOthersWaitLeavesOutOnlyTheOpening() {
        Announcement call = Announcement.of("A023", 3, SENTENCE, BRIEF);
        assertThat(call.briefClips()).containsExactly("chu-a", "hai", "muoi-ngang", "ba", "den-quay-so", "ba");
        assertThat(call.briefText()).isEqualTo("a hai mươi ba > ba");
        assertThat(call.ticket()).isEqualTo("A023");
    }

    @Test
    void aTwoLetterPrefixIsSaidLetterByLetter() {
        assertThat(clips("KC105", 12))
                .containsExactly(
                        "moi-cong-dan-co-so-thu-tu",
                        "chu-k",
                        "chu-c",
                        "mot-nang",
                        "tram",
                        "linh",
                        "nam",
                        "den-quay-so",
                        "muoi-huyen",
                        "hai");
    }

    @ParameterizedTest
    @CsvSource({
        "1, một",
        "5, năm",
        "10, mười",
        "11, mười một",
        "14, mười bốn",
        "15, mười lăm",
        "20, hai mươi",
        "21, hai mươi mốt",
        "24, hai mươi bốn",
        "25, hai mươi lăm",
        "99, chín mươi chín",
        "100, một trăm",
        "101, một trăm linh một",
        "105, một trăm linh năm",
        "110, một trăm mười",
        "111, một trăm mười một",
        "115, một trăm mười lăm",
        "121, một trăm hai mươi mốt",
        "200, hai trăm",
        "999, chín trăm chín mươi chín"
    })
    void numbersAreReadAsPeopleSayThem(int n, String expected) {
        assertThat(words(n)).isEqualTo(expected);
    }

    /** Reads the words back the way a listener would, so every number from 1 to 999 is checked, not just examples. */
    private static int heard(List<Word> words) {
        Map<String, Integer> digits = new HashMap<>(Map.of(
                "không", 0, "một", 1, "hai", 2, "ba", 3, "bốn", 4, "năm", 5, "sáu", 6, "bảy", 7, "tám", 8, "chín", 9));
        digits.putAll(Map.of("mốt", 1, "lăm", 5));
        int value = 0;
        int pending = 0;
        for (Word word : words) {
            switch (word.text()) {
                case "trăm" -> {
                    value += pending * 100;
                    pending = 0;
                }
                case "mươi" -> {
                    value += pending * 10;
                    pending = 0;
                }
                case "mười" -> value += 10;
                case "linh" -> {}
                default -> pending = digits.get(word.text());
            }
        }
        return value + pending;
    }

    @Test
    void everyNumberFromOneTo999IsHeardAsItselfWithTheSpokenForms() {
        for (int n = 1; n <= 999; n++) {
            List<String> texts =
                    VietnameseWords.number(n).stream().map(Word::text).toList();
            assertThat(heard(VietnameseWords.number(n)))
                    .as("%d read as %s", n, texts)
                    .isEqualTo(n);
            if (n % 10 == 5 && n % 100 > 10) {
                assertThat(texts.getLast()).as("%d: five after a ten", n).isEqualTo("lăm");
            }
            if (n % 10 == 1 && n % 100 > 20) {
                assertThat(texts.getLast())
                        .as("%d: one after twenty and above", n)
                        .isEqualTo("mốt");
            }
            assertThat(texts.contains("linh"))
                    .as("%d: linh only when the tens are zero", n)
                    .isEqualTo(n > 100 && n % 100 > 0 && n % 100 < 10);
        }
    }

    private static Set<String> recorded() throws IOException {
        try (var files = Files.list(Path.of("src/main/resources/META-INF/resources/voice"))) {
            return files.map(f -> f.getFileName().toString().replace(".ogg", ""))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void everyClipOfEveryTicketAndCounterIsShippedWithTheApp() throws IOException {
        Set<String> needed = new LinkedHashSet<>();
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            for (int n = 1; n <= 999; n++) {
                needed.addAll(clips("%c%03d".formatted(letter, n), 1 + n % 99));
            }
        }
        for (int counter = 1; counter <= 99; counter++) {
            needed.addAll(clips("ZA001", counter));
        }

        assertThat(recorded()).containsAll(needed);
    }

    @Test
    void theClipsSayTheWordsAVoiceReads() throws IOException {
        Map<String, String> script = new HashMap<>();
        Matcher clip = Pattern.compile("\"([a-z-]+)\\|([^\"]+)\"")
                .matcher(Files.readString(Path.of("../scripts/make-voice-clips.sh")));
        while (clip.find()) {
            script.put(clip.group(1), clip.group(2));
        }
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            for (Word word : VietnameseWords.ticket(letter + "105")) {
                assertThat(script.get(word.clip())).as(word.clip()).isEqualTo(word.text());
            }
        }
        for (int n = 1; n <= 99; n++) {
            for (Word word : VietnameseWords.number(n)) {
                assertThat(script.get(word.clip())).as(word.clip()).isEqualTo(word.text());
            }
        }
        assertThat(new Messages().getTranslation("board.announcement", Messages.VIETNAMESE, "{0}", "{1}"))
                .isEqualTo(script.get(Announcement.OPENING) + " {0} " + script.get(Announcement.TO_COUNTER) + " {1}");
        assertThat(new Messages().getTranslation("board.announcement.brief", Messages.VIETNAMESE, "{0}", "{1}"))
                .isEqualTo("{0} " + script.get(Announcement.TO_COUNTER) + " {1}");
    }
}
