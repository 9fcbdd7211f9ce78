package vn.motcua.counter.testing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.motcua.client.ReportApi;
import vn.motcua.client.api.IndicatorDossier;
import vn.motcua.client.api.IndicatorLevel;
import vn.motcua.client.api.IndicatorReport;
import vn.motcua.client.api.IndicatorRow;
import vn.motcua.client.api.LateDossier;
import vn.motcua.client.api.NormBreach;
import vn.motcua.client.api.RegisterEntry;
import vn.motcua.client.api.ServiceTimes;
import vn.motcua.client.api.StaffDossierWork;

/** The server's reports for view tests: an indicator table with one office row, and nothing else to report. */
public final class FakeReportApi implements ReportApi {

    @Override
    public IndicatorReport indicators(List<Long> officeIds, String period) {
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
    public List<IndicatorDossier> indicatorDossiers(List<Long> officeIds, String period, String indicator) {
        return List.of();
    }

    @Override
    public ServiceTimes serviceTimes(long officeId, LocalDate from, LocalDate to, Long areaId) {
        throw new UnsupportedOperationException("no view test reads service times from here");
    }

    @Override
    public List<StaffDossierWork> dossierWork(long officeId, LocalDate from, LocalDate to, Long areaId) {
        return List.of();
    }

    @Override
    public List<NormBreach> normBreaches(long officeId, LocalDate from, LocalDate to) {
        return List.of();
    }

    @Override
    public List<NormBreach> openNormBreaches(long officeId) {
        return List.of();
    }

    @Override
    public List<RegisterEntry> register(long officeId, int year) {
        return List.of();
    }

    @Override
    public List<LateDossier> lateDossiers(long officeId, YearMonth month) {
        return List.of();
    }
}
