package vn.motcua.server.indicator;

import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.motcua.client.api.IndicatorReport;

/** The indicator table of one office for one month, for other modules (the head's monthly report). */
@Component
public class OfficeMonthIndicators {

    private final Indicators indicators;

    OfficeMonthIndicators(Indicators indicators) {
        this.indicators = indicators;
    }

    public IndicatorReport of(long officeId, YearMonth month) {
        return indicators.report(
                List.of(officeId), Period.parse(month.toString()).orElseThrow());
    }
}
