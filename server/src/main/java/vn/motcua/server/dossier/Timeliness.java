package vn.motcua.server.dossier;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.DossierTimeliness;
import vn.motcua.server.calendar.WorkingCalendar;
import vn.motcua.server.calendar.WorkingHours;
import vn.motcua.server.office.Office;

/**
 * On time or late, by the national formula (QĐ 766, shared rules file §2): the dossier ends at its first
 * "Đã xử lý xong", else its first "Đã trả kết quả", else when it was stopped or rejected; it is on time when
 * that end is at or before the due time. Time spent waiting for the applicant's supplement does not count,
 * and more than one supplement request makes it late.
 *
 * <p>Assumptions where the rules file says no more: the waiting time is counted in the office's working hours
 * (from the supplement request to the next status change), since the period it extends is one of working days:
 * a wait over a weekend or Tết gives the office back only the working hours it lost. Only the first request's
 * wait is given back: a second request is what the formula counts as late, the office's own failure to ask for
 * everything at once. The due time compared is the receipt's, not an apology's new date, since an apology concedes
 * lateness rather than removing it. A dossier the applicant withdrew is not counted either way.
 */
final class Timeliness {

    private Timeliness() {}

    /** The office's working hours, against which supplement waits are counted. */
    static WorkingHours hoursOf(WorkingCalendar calendar, Office office) {
        return calendar.hours(
                office.zone(), office.view().opensAt(), office.view().closesAt());
    }

    static DossierTimeliness of(List<StatusEntry> history, LocalDateTime dueAt, WorkingHours hours, Instant now) {
        if (history.stream().anyMatch(e -> e.status() == DossierStatus.WITHDRAWN)) {
            return DossierTimeliness.NOT_COUNTED;
        }
        Optional<Instant> end = end(history);
        if (supplementRequests(history) > 1) {
            return DossierTimeliness.LATE;
        }
        Instant deadline = deadline(history, dueAt, hours, end.orElse(now));
        if (end.isPresent()) {
            return end.get().isAfter(deadline) ? DossierTimeliness.LATE : DossierTimeliness.ON_TIME;
        }
        return now.isAfter(deadline) ? DossierTimeliness.LATE : DossierTimeliness.RUNNING;
    }

    /** When the dossier's time stopped counting; empty while it is still being worked on. */
    static Optional<Instant> end(List<StatusEntry> history) {
        return first(history, DossierStatus.RESOLVED)
                .or(() -> first(history, DossierStatus.RETURNED))
                .or(() -> history.stream()
                        .filter(e -> e.status() == DossierStatus.STOPPED || e.status() == DossierStatus.REJECTED)
                        .map(StatusEntry::at)
                        .findFirst());
    }

    /**
     * Working days, rounded up, from the moment the dossier became late ({@link #lateSince}) to the end or {@code now}:
     * the working time in between (office hours on working days, {@link WorkingHours#between}) in office days. The
     * period it overran is one of working days, so a weekend or Tết inside it adds nothing (the rules file's example:
     * a dossier finished on Friday 13/3/2026 10:00 against a due time of Thursday 5/3 09:00 is 7 working days late,
     * not 9 days). A result one hour late is a day late to the applicant who came for it, and so is one given outside
     * office hours after the due time (no working time passed, but the dossier is late all the same).
     */
    static long daysLate(List<StatusEntry> history, LocalDateTime dueAt, WorkingHours hours, Instant now) {
        Instant until = end(history).orElse(now);
        Instant since = lateSince(history, dueAt, hours, now);
        if (!until.isAfter(since)) {
            return 0;
        }
        long late = hours.between(since, until).toNanos();
        long day = Duration.between(hours.opens(), hours.closes()).toNanos();
        return Math.max(1, (late + day - 1) / day);
    }

    /**
     * The moment the dossier became late, or would become late: its due time moved by the first supplement wait, or
     * its second supplement request if that came first, since from that request on the formula counts it late. A
     * dossier late only through a second request is thus late for as long as it stayed open after that request, not
     * for zero days nor for an arbitrary single day; and whoever held it at that moment answers for it.
     */
    static Instant lateSince(List<StatusEntry> history, LocalDateTime dueAt, WorkingHours hours, Instant now) {
        Instant deadline = deadline(history, dueAt, hours, end(history).orElse(now));
        return history.stream()
                .filter(e -> e.status() == DossierStatus.SUPPLEMENT_REQUESTED)
                .skip(1)
                .map(StatusEntry::at)
                .findFirst()
                .filter(second -> second.isBefore(deadline))
                .orElse(deadline);
    }

    private static long supplementRequests(List<StatusEntry> history) {
        return history.stream()
                .filter(e -> e.status() == DossierStatus.SUPPLEMENT_REQUESTED)
                .count();
    }

    static Instant deadline(List<StatusEntry> history, LocalDateTime dueAt, WorkingHours hours, Instant until) {
        return hours.plus(dueAt, firstSupplementWait(history, hours, until))
                .atZone(hours.zone())
                .toInstant();
    }

    static Optional<Instant> first(List<StatusEntry> history, DossierStatus status) {
        return history.stream()
                .filter(e -> e.status() == status)
                .map(StatusEntry::at)
                .findFirst();
    }

    static Duration firstSupplementWait(List<StatusEntry> history, WorkingHours hours, Instant until) {
        for (int i = 0; i < history.size(); i++) {
            StatusEntry entry = history.get(i);
            if (entry.status() == DossierStatus.SUPPLEMENT_REQUESTED
                    && entry.at().isBefore(until)) {
                Instant resumed = i + 1 < history.size() ? history.get(i + 1).at() : until;
                return hours.between(entry.at(), resumed.isAfter(until) ? until : resumed);
            }
        }
        return Duration.ZERO;
    }
}
