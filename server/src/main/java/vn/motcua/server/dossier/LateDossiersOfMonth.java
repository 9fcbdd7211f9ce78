package vn.motcua.server.dossier;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.motcua.client.api.LateDossier;

/**
 * The month's late dossiers as the monthly list has them, for other modules (the head's monthly report), with when
 * each apology was issued, which the published list does not show.
 */
@Component
public class LateDossiersOfMonth {

    /**
     * @param apologyIssuedAt when the apology was issued, or null when none was
     * @param apologyLate     whether it was issued after its last day
     */
    public record Line(LateDossier dossier, Instant apologyIssuedAt, boolean apologyLate) {}

    private final LateDossiers late;

    LateDossiersOfMonth(LateDossiers late) {
        this.late = late;
    }

    public List<Line> of(long officeId, YearMonth month) {
        return late.of(officeId, month).stream()
                .map(l -> new Line(
                        l.view(), l.dossier().apologyIssuedAt(), l.dossier().apologyLate()))
                .toList();
    }
}
