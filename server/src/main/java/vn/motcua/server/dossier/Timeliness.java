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
        Optional<Instant> end = first(history, DossierStatus.RESOLVED)
                .or(() -> first(history, DossierStatus.RETURNED))
                .or(() -> history.stream().filter(e -> e.status() == DossierStatus.STOPPED
                        || e.status() == DossierStatus.REJECTED).map(StatusEntry::at).findFirst());
        Instant until = end.orElse(now);
        Instant deadline = dueAt.atZone(zone).toInstant().plus(supplementWait(history, until));
        if (supplementRequests > 1) {
            return DossierTimeliness.LATE;
        }
        if (end.isPresent()) {
            return end.get().isAfter(deadline) ? DossierTimeliness.LATE : DossierTimeliness.ON_TIME;
        }
        return now.isAfter(deadline) ? DossierTimeliness.LATE : DossierTimeliness.RUNNING;
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
