package vn.motcua.server.norm;

import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.motcua.client.api.NormBreach;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficeDirectory;

/** The breaches of an office's month, for other modules (the head's monthly report). */
@Component
public class NormBreachesOfMonth {

    private final NormBreaches breaches;
    private final OfficeDirectory offices;

    NormBreachesOfMonth(NormBreaches breaches, OfficeDirectory offices) {
        this.breaches = breaches;
        this.offices = offices;
    }

    /** Those that started in the office's own local month, lasting or ended, oldest first. */
    public List<NormBreach> of(long officeId, YearMonth month) {
        Office office = offices.get(officeId);
        return breaches.startedBetween(
                officeId,
                month.atDay(1).atStartOfDay(office.zone()).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(office.zone()).toInstant());
    }
}
