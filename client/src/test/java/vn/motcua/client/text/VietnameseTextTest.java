package vn.motcua.client.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void every_tone_and_vowel_mark_and_the_crossed_d_fold_to_plain_lower_case_letters() {
        assertThat(VietnameseText.fold("Đăng ký hộ kinh doanh")).isEqualTo("dang ky ho kinh doanh");
        assertThat(VietnameseText.fold("ĐƯỜNG Ồ ẴN ỸỴ")).isEqualTo("duong o an yy");
        assertThat(VietnameseText.fold("Thủ tục cấp Giấy chứng nhận quyền sử dụng đất"))
                .isEqualTo("thu tuc cap giay chung nhan quyen su dung dat");
    }

    @Test
    void decomposed_text_folds_like_composed_text() {
        String composed = "Chứng thực bản sao";
        assertThat(VietnameseText.fold(Normalizer.normalize(composed, Normalizer.Form.NFD)))
                .isEqualTo(VietnameseText.fold(composed));
    }

    @Test
    void nothing_folds_to_empty() {
        assertThat(VietnameseText.fold(null)).isEmpty();
    }
}
