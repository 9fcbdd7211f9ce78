package vn.motcua.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LabelsTest {

    @Test
    void vietnamese_labels_are_used_even_on_a_server_whose_default_language_is_english() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            assertThat(Labels.forLocale(Labels.VIETNAMESE).getString("ticket.heading"))
                    .isEqualTo("SỐ THỨ TỰ");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void an_english_kiosk_gets_the_form_labels_it_has_no_translation_for_in_vietnamese() {
        var english = Labels.forLocale(Locale.ENGLISH);

        assertThat(english.getString("ticket.heading")).isEqualTo("TICKET NUMBER");
        assertThat(english.getString("receipt.title")).isEqualTo("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
    }
}
