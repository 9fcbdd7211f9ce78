package vn.motcua.server.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void a_year_a_quarter_and_a_month_are_read_with_their_bounds() {
        assertThat(Period.parse("2026"))
                .contains(new Period("2026", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)));
        assertThat(Period.parse("2026-q3"))
                .contains(new Period("2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1)));
        assertThat(Period.parse(" 2026-11 "))
                .contains(new Period("2026-11", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1)));
    }

    @Test
    void anything_else_is_no_period() {
        assertThat(Period.parse("2026-Q5")).isEmpty();
        assertThat(Period.parse("2026-13")).isEmpty();
        assertThat(Period.parse("26-11")).isEmpty();
        assertThat(Period.parse("2026-11-01")).isEmpty();
        assertThat(Period.parse("")).isEmpty();
    }

    @Test
    void the_default_is_the_last_whole_quarter_also_across_a_new_year() {
        assertThat(Period.lastQuarter(LocalDate.of(2026, 12, 4)))
                .isEqualTo(new Period("2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1)));
        assertThat(Period.lastQuarter(LocalDate.of(2027, 1, 1)))
                .isEqualTo(new Period("2026-Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 1)));
        assertThat(Period.lastQuarter(LocalDate.of(2026, 3, 31)))
                .isEqualTo(new Period("2025-Q4", LocalDate.of(2025, 10, 1), LocalDate.of(2026, 1, 1)));
    }
}
