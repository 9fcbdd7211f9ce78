package vn.motcua.kiosk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Messages messages = new Messages();

    @Test
    void vietnameseIsTheDefaultEvenWhenTheMachineSpeaksEnglish() {
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(messages.getTranslation("rating.level.SATISFIED", Messages.VIETNAMESE))
                    .isEqualTo("Hài lòng");
        } finally {
            Locale.setDefault(machine);
        }
    }

    @Test
    void englishComesFromItsOwnBundle() {
        assertThat(messages.getTranslation("board.announcement", Messages.ENGLISH, "A023", 3))
                .isEqualTo("Number A023, please go to counter 3");
    }

    @Test
    void theAnnouncementReadsAsTheHallExpects() {
        assertThat(messages.getTranslation("board.announcement", Messages.VIETNAMESE, "A023", 3))
                .isEqualTo("Mời công dân có số thứ tự A023 đến quầy số 3");
    }

    @Test
    void everyVietnameseTextHasAnEnglishOne() throws Exception {
        Properties vietnamese = new Properties();
        Properties english = new Properties();
        try (var vi = getClass().getResourceAsStream("/messages.properties");
                var en = getClass().getResourceAsStream("/messages_en.properties")) {
            vietnamese.load(new java.io.InputStreamReader(vi, java.nio.charset.StandardCharsets.UTF_8));
            english.load(new java.io.InputStreamReader(en, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(english.keySet()).isEqualTo(vietnamese.keySet());
    }
}
