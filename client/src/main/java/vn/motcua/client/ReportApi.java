package vn.motcua.client;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import vn.motcua.client.api.IndicatorDossier;
import vn.motcua.client.api.IndicatorReport;
import vn.motcua.client.api.LateDossier;
import vn.motcua.client.api.NormBreach;
import vn.motcua.client.api.RegisterEntry;
import vn.motcua.client.api.ServiceTimes;
import vn.motcua.client.api.StaffDossierWork;

/** What heads and admins read: service times, norm breaches, the register, late dossiers, QĐ 766 indicators. */
@HttpExchange
public interface ReportApi {

    @GetExchange("/offices/{officeId}/service-times")
    ServiceTimes serviceTimes(
            @PathVariable long officeId,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Long areaId);

    /** Each member of staff's dossiers received, handled and returned in a period (HEAD or ADMIN). */
    @GetExchange("/offices/{officeId}/dossier-work")
    List<StaffDossierWork> dossierWork(
            @PathVariable long officeId,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Long areaId);

    /** The breaches that started on the office's local days from {@code from} to {@code to}, both included. */
    @GetExchange("/offices/{officeId}/norm-breaches")
    List<NormBreach> normBreaches(
            @PathVariable long officeId,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to);

    /** The breaches that last now, for a head's live board. */
    @GetExchange("/offices/{officeId}/norm-breaches/open")
    List<NormBreach> openNormBreaches(@PathVariable long officeId);

    /** The office's register (Sổ theo dõi hồ sơ) of {@code year}, in entry order. */
    @GetExchange("/offices/{officeId}/register")
    List<RegisterEntry> register(@PathVariable long officeId, @RequestParam int year);

    /** The dossiers due in {@code month} that are late, with the clerk who received each. */
    @GetExchange("/offices/{officeId}/late-dossiers")
    List<LateDossier> lateDossiers(@PathVariable long officeId, @RequestParam(required = false) YearMonth month);

    /**
     * The QĐ 766 indicator table of the given offices (none: every office the caller heads) for a period written
     * {@code 2026}, {@code 2026-Q3} or {@code 2026-11} (null: the last whole quarter). HEAD of each office.
     */
    @GetExchange("/indicators")
    IndicatorReport indicators(
            @RequestParam(name = "office", required = false) List<Long> officeIds,
            @RequestParam(required = false) String period);

    /** The dossiers behind a low 2.1 (late ones) or 5.4 (late or rated not satisfied), at most 500. */
    @GetExchange("/indicators/dossiers")
    List<IndicatorDossier> indicatorDossiers(
            @RequestParam(name = "office", required = false) List<Long> officeIds,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String indicator);
}
