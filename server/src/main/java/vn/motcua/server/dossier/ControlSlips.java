package vn.motcua.server.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.motcua.client.api.DossierHandover;
import vn.motcua.server.calendar.WorkingCalendar;
import vn.motcua.server.calendar.WorkingHours;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.report.ControlSlip;
import vn.motcua.server.report.PdfReports;
import vn.motcua.server.shared.NotFoundException;

/**
 * The control slip of a dossier, generated from its hand-overs. Each hand-over's result is where it stood against the
 * dossier's due time (moved by the first supplement wait, {@link Timeliness#lateSince}): after the moment the dossier
 * became late it is "quá hạn", on the due day "đúng hạn", before it "trước hạn". The handling agency is the first
 * one the desk handed the dossier to; the others it went to, except the desk, are the cooperating ones.
 */
@Component
class ControlSlips {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final DossierStore dossiers;
    private final HandoverStore handovers;
    private final OfficeDirectory offices;
    private final WorkingCalendar calendar;
    private final PdfReports reports;
    private final Clock clock;

    ControlSlips(
            DossierStore dossiers,
            HandoverStore handovers,
            OfficeDirectory offices,
            WorkingCalendar calendar,
            PdfReports reports,
            Clock clock) {
        this.dossiers = dossiers;
        this.handovers = handovers;
        this.offices = offices;
        this.calendar = calendar;
        this.reports = reports;
        this.clock = clock;
    }

    byte[] pdf(long officeId, String code) {
        Office office = offices.get(officeId);
        DossierRow d = dossiers.find(officeId, code).orElseThrow(() -> new NotFoundException("dossier", code));
        List<DossierHandover> all = handovers.of(d.id());
        WorkingHours hours = Timeliness.hoursOf(calendar, office);
        Instant lateSince = Timeliness.lateSince(dossiers.history(d.id()), d.dueAt(), hours, clock.instant());
        String desk = office.view().name();
        List<String> units = all.stream()
                .map(DossierHandover::toUnit)
                .filter(u -> !u.equals(desk))
                .distinct()
                .toList();
        String header = office.forms().agencyHeader();
        return reports.controlSlip(new ControlSlip(
                header.isBlank() ? desk.toUpperCase(VIETNAMESE) : header,
                desk,
                d.code(),
                d.applicant().name(),
                d.procedureName(),
                LocalDateTime.ofInstant(d.receivedAt(), office.zone()),
                d.dueAt(),
                units.isEmpty() ? null : units.getFirst(),
                units.size() < 2 ? null : String.join("; ", units.subList(1, units.size())),
                all.stream()
                        .map(h -> new ControlSlip.Row(
                                h.fromUnit(),
                                h.fromOfficer(),
                                h.toUnit(),
                                h.toOfficer(),
                                LocalDateTime.ofInstant(h.at(), office.zone()),
                                result(h.at(), lateSince, d.dueAt(), office),
                                h.note()))
                        .toList()));
    }

    private static ControlSlip.Result result(Instant at, Instant lateSince, LocalDateTime dueAt, Office office) {
        if (at.isAfter(lateSince)) {
            return ControlSlip.Result.LATE;
        }
        return office.localDay(at).isBefore(dueAt.toLocalDate())
                ? ControlSlip.Result.EARLY
                : ControlSlip.Result.ON_TIME;
    }
}
