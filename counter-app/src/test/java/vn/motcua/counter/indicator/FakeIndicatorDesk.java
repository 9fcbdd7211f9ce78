package vn.motcua.counter.indicator;

import java.time.LocalDate;
import java.util.List;
import vn.motcua.client.api.IndicatorDossier;
import vn.motcua.client.api.IndicatorLevel;
import vn.motcua.client.api.IndicatorReport;
import vn.motcua.client.api.IndicatorRow;
import vn.motcua.counter.testing.FakeBackend;

/** An indicator desk with one office row and no dossiers, for view tests. */
public final class FakeIndicatorDesk implements IndicatorDesk {

    @Override
    public IndicatorReport report(List<Long> officeIds, String period) {
        return new IndicatorReport(
                period,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 4, 1),
                List.of(),
                List.of(new IndicatorRow(
                        IndicatorLevel.OFFICE, "Văn phòng", FakeBackend.OFFICE, null, "000", null, List.of())),
                List.of());
    }

    @Override
    public List<IndicatorDossier> dossiers(List<Long> officeIds, String period, String indicator) {
        return List.of();
    }

    @Override
    public byte[] file(List<Long> officeIds, String period, String format) {
        return new byte[0];
    }

    @Override
    public byte[] monthlyReport(long officeId, String month, String format) {
        return new byte[0];
    }
}
