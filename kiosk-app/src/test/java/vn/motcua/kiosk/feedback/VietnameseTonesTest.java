package vn.motcua.kiosk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseTonesTest {

    @Test
    void aToneGoesOnTheOnlyVowelOfTheLastWord() {
        assertThat(VietnameseTones.apply("cho", VietnameseTones.HUYEN)).isEqualTo("chò");
        assertThat(VietnameseTones.apply("tôi chơ", VietnameseTones.HUYEN)).isEqualTo("tôi chờ");
    }

    @Test
    void aToneGoesOnTheHattedOrHornedVowelAndOnTheOOfUo() {
        assertThat(VietnameseTones.apply("nguơi", VietnameseTones.HUYEN)).isEqualTo("nguời");
        assertThat(VietnameseTones.apply("ngươi", VietnameseTones.HUYEN)).isEqualTo("người");
        assertThat(VietnameseTones.apply("cưu", VietnameseTones.SAC)).isEqualTo("cứu");
        assertThat(VietnameseTones.apply("tiên", VietnameseTones.NGA)).isEqualTo("tiễn");
    }

    @Test
    void aToneGoesOnTheLastVowelBeforeAClosingConsonantAndOnTheFirstOfTwoClosingVowels() {
        assertThat(VietnameseTones.apply("toan", VietnameseTones.SAC)).isEqualTo("toán");
        assertThat(VietnameseTones.apply("mua", VietnameseTones.HUYEN)).isEqualTo("mùa");
        assertThat(VietnameseTones.apply("tai", VietnameseTones.HUYEN)).isEqualTo("tài");
    }

    @Test
    void theUOfQuAndTheIOfGiAreNotWhereTheToneGoes() {
        assertThat(VietnameseTones.apply("qua", VietnameseTones.SAC)).isEqualTo("quá");
        assertThat(VietnameseTones.apply("gia", VietnameseTones.HUYEN)).isEqualTo("già");
        assertThat(VietnameseTones.apply("gi", VietnameseTones.HUYEN)).isEqualTo("gì");
    }

    @Test
    void anotherToneReplacesTheOneTheSyllableHad() {
        assertThat(VietnameseTones.apply("hỏi", VietnameseTones.NANG)).isEqualTo("họi");
        assertThat(VietnameseTones.apply("Đường", VietnameseTones.SAC)).isEqualTo("Đướng");
    }

    @Test
    void aSyllableWithoutAVowelOrAfterASpaceIsLeftAsItIs() {
        assertThat(VietnameseTones.apply("đ", VietnameseTones.SAC)).isEqualTo("đ");
        assertThat(VietnameseTones.apply("tôi ", VietnameseTones.SAC)).isEqualTo("tôi ");
        assertThat(VietnameseTones.apply("", VietnameseTones.SAC)).isEmpty();
    }
}
