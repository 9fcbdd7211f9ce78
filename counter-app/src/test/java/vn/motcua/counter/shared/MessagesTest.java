package vn.motcua.counter.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.motcua.client.ApiException;

class MessagesTest {

    private final Messages messages = new Messages();

    @Test
    void every_vietnamese_text_has_an_english_one_and_back() {
        assertThat(Messages.bundle(Locale.ENGLISH).keySet())
                .containsExactlyInAnyOrderElementsOf(
                        Messages.bundle(Messages.VIETNAMESE).keySet());
    }

    @Test
    void every_refusal_code_of_the_server_has_its_own_vietnamese_sentence() {
        List<String> codes = List.of(
                "COUNTER_BUSY",
                "QUEUE_EMPTY",
                "COUNTER_PAUSED",
                "NOT_PAUSED",
                "NO_CURRENT_TICKET",
                "WRONG_STATE",
                "NOT_SERVED_HERE",
                "NOT_PARKED_HERE",
                "OFFICE_CLOSED",
                "DAILY_LIMIT",
                "INVALID_FIELDS",
                "NOT_FOUND");
        for (String code : codes) {
            assertThat(Refusals.key(new ApiException(409, code, "detail", null)))
                    .isEqualTo("error." + code);
        }
        assertThat(Refusals.key(new ApiException(0, "UNREACHABLE", "down", null)))
                .isEqualTo("error.UNREACHABLE");
        assertThat(Refusals.key(new ApiException(401, null, "expired", null))).isEqualTo("error.UNAUTHORIZED");
        assertThat(Refusals.key(new ApiException(403, null, "no", null))).isEqualTo("error.FORBIDDEN");
    }

    @Test
    void an_unknown_code_falls_back_to_a_general_sentence_never_to_the_servers_english() {
        assertThat(Refusals.key(new ApiException(409, "SOMETHING_NEW", "English detail", null)))
                .isEqualTo("error.OTHER");
        assertThat(Refusals.key(new ApiException(503, null, "English detail", null)))
                .isEqualTo("error.SERVER");
    }

    @Test
    void vietnamese_is_read_even_on_a_server_whose_own_language_is_english() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(messages.getTranslation("action.callNext", Messages.VIETNAMESE))
                    .isEqualTo("Gọi tiếp");
            assertThat(messages.getTranslation("action.callNext", Locale.ENGLISH))
                    .isEqualTo("Call next");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void numbers_are_put_into_the_sentence() {
        assertThat(messages.getTranslation("list.minutes", Messages.VIETNAMESE, 12))
                .isEqualTo("12 phút");
    }
}
