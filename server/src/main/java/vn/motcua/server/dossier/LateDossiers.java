package vn.motcua.server.dossier;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.client.api.DossierTimeliness;
import vn.motcua.client.api.LateDossier;
import vn.motcua.server.calendar.WorkingCalendar;
import vn.motcua.server.calendar.WorkingHours;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.shared.BadRequestException;

/**
 * The dossiers of a month that are late by {@link Timeliness}, for the monthly publication. The rules file gives
 * no rule for which month a dossier belongs to; here it is the month of the receipt's due date, so each late
 * dossier appears in exactly one month's list whatever happens to it later. Lateness is judged now, so an open
 * dossier due in a past month stays on that month's list with its days late still growing. Each is charged to whoever
 * held it when it became late, by its hand-overs: the agency or department and officer it was last handed to by then,
 * or the one-stop desk and the clerk who received it when it had not been handed over.
 */
@Component
class LateDossiers {

    /**
     * A late dossier with what the stored row does not say: when it finished, its days late, and who held it when
     * it became late.
     */
    record Late(DossierRow dossier, Optional<Instant> finishedAt, long daysLate, Handovers.Holder responsible) {

        LateDossier view() {
            return new LateDossier(
                    dossier.code(),
                    dossier.procedureName(),
                    dossier.receivedAt(),
                    dossier.dueAt(),
                    finishedAt.orElse(null),
                    finishedAt.isEmpty(),
                    daysLate,
                    dossier.receivedByName(),
                    dossier.apologized(),
                    responsible.unit(),
                    responsible.officer());
        }
    }

    private final JdbcClient jdbc;
    private final DossierStore store;
    private final HandoverStore handovers;
    private final OfficeDirectory offices;
    private final WorkingCalendar calendar;
    private final Clock clock;

    LateDossiers(
            JdbcClient jdbc,
            DossierStore store,
            HandoverStore handovers,
            OfficeDirectory offices,
            WorkingCalendar calendar,
            Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.handovers = handovers;
        this.offices = offices;
        this.calendar = calendar;
        this.clock = clock;
    }

    static YearMonth month(String month) {
        try {
            return YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("month", "month must be written YYYY-MM, e.g. 2026-06");
        }
    }

    List<Late> of(long officeId, YearMonth month) {
        Office office = offices.get(officeId);
        WorkingHours hours = Timeliness.hoursOf(calendar, office);
        Instant now = clock.instant();
        // due_at is office-local wall time, so the month's bounds are too
        List<String> codes = jdbc.sql("""
                        select code from dossier where office_id = ? and due_at >= ? and due_at < ?
                        order by due_at, code""")
                .params(
                        officeId,
                        Timestamp.valueOf(month.atDay(1).atStartOfDay()),
                        Timestamp.valueOf(month.plusMonths(1).atDay(1).atStartOfDay()))
                .query(String.class)
                .list();
        List<Late> late = new ArrayList<>();
        for (String code : codes) {
            DossierRow d = store.find(officeId, code).orElseThrow();
            List<StatusEntry> history = store.history(d.id());
            if (Timeliness.of(history, d.dueAt(), hours, now) == DossierTimeliness.LATE) {
                Handovers.Holder responsible = Handovers.holderAt(
                        handovers.of(d.id()),
                        Timeliness.lateSince(history, d.dueAt(), hours, now),
                        office.view().name(),
                        d.receivedByName());
                late.add(new Late(
                        d, Timeliness.end(history), Timeliness.daysLate(history, d.dueAt(), hours, now), responsible));
            }
        }
        return late;
    }
}
