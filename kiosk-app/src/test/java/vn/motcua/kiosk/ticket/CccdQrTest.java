package vn.motcua.kiosk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CccdQrTest {

    private static final String CARD =
            "001066012345|012345678|Nguyễn Văn An|26111966|Nam|Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội|15032021";

    @Test
    void aValidCardGivesItsNumberNameAndDateOfBirth() {
        assertThat(CccdQr.parse(CARD + "\n"))
                .contains(new CccdQr("001066012345", "Nguyễn Văn An", LocalDate.of(1966, 11, 26)));
    }

    @Test
    void aCardWithoutTheOldNumberIsReadAlike() {
        assertThat(CccdQr.parse("001066012345||Lê Thị Bình|01011990|Nữ|Huế|01012022"))
                .hasValueSatisfying(card -> assertThat(card.name()).isEqualTo("Lê Thị Bình"));
    }

    @Test
    void fieldsSomeCardsAddAfterTheIssueDateAreTolerated() {
        assertThat(CccdQr.parse(CARD + "|Nguyễn Văn Bố|Trần Thị Mẹ|"))
                .map(CccdQr::number)
                .contains("001066012345");
    }

    @Test
    void garbageIsNotACard() {
        assertThat(CccdQr.parse(null)).isEmpty();
        assertThat(CccdQr.parse("")).isEmpty();
        assertThat(CccdQr.parse("https://motcua.example.gov.vn/d/H00-1?k=abc")).isEmpty();
        assertThat(CccdQr.parse("00106601234|012345678|Nguyễn Văn An|26111966|Nam|Hà Nội|15032021"))
                .isEmpty();
        assertThat(CccdQr.parse("001066012345|012345678||26111966|Nam|Hà Nội|15032021"))
                .isEmpty();
        assertThat(CccdQr.parse("001066012345|012345678|Nguyễn Văn An|26111966"))
                .isEmpty();
    }

    @Test
    void aDateOfBirthThatIsNoDateIsRefused() {
        assertThat(CccdQr.parse("001066012345||Nguyễn Văn An|31021966|Nam|Hà Nội|15032021"))
                .isEmpty();
        assertThat(CccdQr.parse("001066012345||Nguyễn Văn An|1966-11-26|Nam|Hà Nội|15032021"))
                .isEmpty();
    }

    @Test
    void theAgeTurnsSixtyOnTheSixtiethBirthdayAndNotTheDayBefore() {
        CccdQr card = CccdQr.parse(CARD).orElseThrow();

        assertThat(card.age(LocalDate.of(2026, 11, 25))).isEqualTo(59);
        assertThat(card.age(LocalDate.of(2026, 11, 26))).isEqualTo(60);
    }
}
