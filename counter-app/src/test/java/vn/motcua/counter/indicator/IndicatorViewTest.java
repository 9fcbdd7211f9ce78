package vn.motcua.counter.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IndicatorViewTest {

    @Test
    void the_monthly_report_offers_last_month_first_then_this_month_so_far_then_earlier_ones() {
        assertThat(IndicatorView.months(LocalDate.of(2026, 1, 1)))
                .startsWith("2025-12", "2026-01", "2025-11", "2025-10")
                .hasSize(13)
                .endsWith("2025-01");
    }
}
