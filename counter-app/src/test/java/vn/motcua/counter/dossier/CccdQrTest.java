package vn.motcua.counter.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CccdQrTest {

    private static final String CARD =
            "001085012345|012345678|Nguyễn Văn An|26111966|Nam|12 Lê Lợi, Hoàn Kiếm, Hà Nội|15032021";

    @Test
    void a_valid_card_gives_its_number_name_date_of_birth_and_permanent_address() {
        assertThat(CccdQr.parse(CARD + "\r\n"))
                .contains(new CccdQr(
                        "001085012345", "Nguyễn Văn An", LocalDate.of(1966, 11, 26), "12 Lê Lợi, Hoàn Kiếm, Hà Nội"));
    }

    @Test
    void a_card_without_the_old_cmnd_number_is_read_alike() {
        assertThat(CccdQr.parse("046190001234||Lê Thị Bình|01011990|Nữ|Phú Hội, Huế|01012022"))
                .hasValueSatisfying(card -> {
                    assertThat(card.name()).isEqualTo("Lê Thị Bình");
                    assertThat(card.address()).isEqualTo("Phú Hội, Huế");
                });
    }

    @Test
    void fields_some_cards_add_after_the_issue_date_are_tolerated() {
        assertThat(CccdQr.parse(CARD + "|Nguyễn Văn Bố|Trần Thị Mẹ|"))
                .map(CccdQr::number)
                .contains("001085012345");
    }

    @Test
    void garbage_is_not_a_card() {
        assertThat(CccdQr.parse(null)).isEmpty();
        assertThat(CccdQr.parse("")).isEmpty();
        assertThat(CccdQr.parse("A042")).isEmpty();
        assertThat(CccdQr.parse("00108501234X|012345678|Nguyễn Văn An|26111966|Nam|Hà Nội|15032021"))
                .isEmpty();
        assertThat(CccdQr.parse("001085012345|012345678| |26111966|Nam|Hà Nội|15032021"))
                .isEmpty();
        assertThat(CccdQr.parse("001085012345|012345678|Nguyễn Văn An|26111966|Nam"))
                .isEmpty();
    }

    @Test
    void a_date_of_birth_that_is_no_date_is_refused() {
        assertThat(CccdQr.parse("001085012345||Nguyễn Văn An|31021966|Nam|Hà Nội|15032021"))
                .isEmpty();
        assertThat(CccdQr.parse("001085012345||Nguyễn Văn An|26/11/66|Nam|Hà Nội|15032021"))
                .isEmpty();
    }

    @Test
    void the_age_turns_sixty_on_the_sixtieth_birthday_and_not_the_day_before() {
        CccdQr card = CccdQr.parse(CARD).orElseThrow();

        assertThat(card.age(LocalDate.of(2026, 11, 25))).isEqualTo(59);
        assertThat(card.age(LocalDate.of(2026, 11, 26))).isEqualTo(60);
    }
}
