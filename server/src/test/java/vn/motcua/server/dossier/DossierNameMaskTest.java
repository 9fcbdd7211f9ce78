package vn.motcua.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class DossierNameMaskTest {

    @Test
    void the_family_name_stays_and_the_other_words_become_initials() {
        assertThat(NameMask.mask("Nguyễn Thị Hoa")).isEqualTo("Nguyễn T. H.");
        assertThat(NameMask.mask("  Đặng   Ánh  ")).isEqualTo("Đặng Á.");
    }

    @Test
    void a_one_word_name_is_reduced_to_its_initial_and_decomposed_accents_stay_whole() {
        assertThat(NameMask.mask("Hoa")).isEqualTo("H.");
        assertThat(NameMask.mask(Normalizer.normalize("Lê Ánh", Normalizer.Form.NFD)))
                .isEqualTo("Lê Á.");
    }
}
