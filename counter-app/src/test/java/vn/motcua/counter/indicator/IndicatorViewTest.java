package vn.motcua.counter.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.client.api.Role;
import vn.motcua.counter.testing.ViewTest;

class IndicatorViewTest extends ViewTest {

    @Test
    void a_head_downloads_the_monthly_report_of_last_month_by_default_as_pdf_or_xlsx() {
        signInAt(null, Role.HEAD);

        IndicatorView view = navigate(IndicatorView.class);

        assertThat(view.reportMonth.getValue())
                .isEqualTo(YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                        .minusMonths(1)
                        .toString());
        assertThat(find(Anchor.class).withText("Tải báo cáo tháng (PDF)").exists())
                .isTrue();
        assertThat(find(Anchor.class).withText("Tải báo cáo tháng (XLSX)").exists())
                .isTrue();
    }

    @Test
    void the_indicator_table_downloads_as_xlsx_csv_and_pdf() {
        signInAt(null, Role.HEAD);

        navigate(IndicatorView.class);

        assertThat(List.of("Xuất Excel (XLSX)", "Xuất CSV", "Xuất PDF"))
                .allSatisfy(text -> assertThat(find(Anchor.class).withText(text).exists())
                        .as(text)
                        .isTrue());
    }

    @Test
    void the_monthly_report_offers_last_month_first_then_this_month_so_far_then_earlier_ones() {
        assertThat(IndicatorView.months(LocalDate.of(2026, 1, 1)))
                .startsWith("2025-12", "2026-01", "2025-11", "2025-10")
                .hasSize(13)
                .endsWith("2025-01");
    }
}
