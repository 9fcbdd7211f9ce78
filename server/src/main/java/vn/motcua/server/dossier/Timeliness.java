package vn.motcua.server.dossier;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.DossierTimeliness;

/**
 * On time or late, by the national formula (QĐ 766, shared rules file §2): the dossier ends at its first
 * "Đã xử lý xong", else its first "Đã trả kết quả", else when it was stopped or rejected; it is on time when
 * that end is at or before the due time. Time spent waiting for the applicant's supplement does not count,
 * and more than one supplement request makes it late.
 *
 * <p>Assumptions where the rules file says no more: the waiting time is the wall-clock time from each
 * supplement request to the next status change (the rules give no unit), and the due time compared is the
 * receipt's, not an apology's new date, since an apology concedes lateness rather than removing it. A dossier
 * the applicant withdrew is not counted either way.
 */
final class Timeliness {

    private Timeliness() {
    }

    static DossierTimeliness of(List<StatusEntry> history, LocalDateTime dueAt, ZoneId zone, Instant now) {
        if (history.stream().anyMatch(e -> e.status() == DossierStatus.WITHDRAWN)) {
            return DossierTimeliness.NOT_COUNTED;
        }
        long supplementRequests = history.stream().filter(e -> e.status() == DossierStatus.SUPPLEMENT_REQUESTED).count();
        Optional<Instant> end = end(history);
        Instant deadline = deadline(history, dueAt, zone, end.orElse(now));
        if (supplementRequests > 1) {
            return DossierTimeliness.LATE;
        }
        if (end.isPresent()) {
            return end.get().isAfter(deadline) ? DossierTimeliness.LATE : DossierTimeliness.ON_TIME;
        }
        return now.isAfter(deadline) ? DossierTimeliness.LATE : DossierTimeliness.RUNNING;
    }

    /** When the dossier's time stopped counting; empty while it is still being worked on. */
    static Optional<Instant> end(List<StatusEntry> history) {
        return first(history, DossierStatus.RESOLVED)
                .or(() -> first(history, DossierStatus.RETURNED))
                .or(() -> history.stream().filter(e -> e.status() == DossierStatus.STOPPED
                        || e.status() == DossierStatus.REJECTED).map(StatusEntry::at).findFirst());
    }

    /**
     * Whole days, rounded up, from the due time (moved by the supplement waits) to the end or {@code now}: a
     * result one hour late is a day late to the applicant who came for it. Zero for a dossier late only because
     * of a second supplement request.
     */
    static long daysLate(List<StatusEntry> history, LocalDateTime dueAt, ZoneId zone, Instant now) {
        Instant until = end(history).orElse(now);
        Duration late = Duration.between(deadline(history, dueAt, zone, until), until);
        if (late.isNegative() || late.isZero()) {
            return 0;
        }
        return late.plusDays(1).minusNanos(1).toDays();
    }

    private static Instant deadline(List<StatusEntry> history, LocalDateTime dueAt, ZoneId zone, Instant until) {
        return dueAt.atZone(zone).toInstant().plus(supplementWait(history, until));
    }

    private static Optional<Instant> first(List<StatusEntry> history, DossierStatus status) {
        return history.stream().filter(e -> e.status() == status).map(StatusEntry::at).findFirst();
    }

    private static Duration supplementWait(List<StatusEntry> history, Instant until) {
        Duration wait = Duration.ZERO;
        for (int i = 0; i < history.size(); i++) {
            StatusEntry entry = history.get(i);
            if (entry.status() == DossierStatus.SUPPLEMENT_REQUESTED && entry.at().isBefore(until)) {
                Instant resumed = i + 1 < history.size() ? history.get(i + 1).at() : until;
                Instant stop = resumed.isAfter(until) ? until : resumed;
                wait = wait.plus(Duration.between(entry.at(), stop));
            }
        }
        return wait;
    }
}
