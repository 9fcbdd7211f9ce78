package vn.motcua.server.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.function.Predicate;

/**
 * Time counted as an office counts it: only the hours between opening and closing on working days. A wait for the
 * applicant that spans a weekend or Tết pauses a dossier's clock only for the working hours it took from the office.
 *
 * @param workingDay which days are worked, usually {@link WorkingCalendar#hours}'s view of the calendar
 */
public record WorkingHours(Predicate<LocalDate> workingDay, ZoneId zone, LocalTime opens, LocalTime closes) {

    public WorkingHours {
        if (workingDay == null || zone == null || opens == null || closes == null) {
            throw new IllegalArgumentException("The working days, the zone and the office hours are required");
        }
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("The office must open before it closes, got " + opens + " to " + closes);
        }
    }

    /** The working time between two instants; zero when {@code to} is not after {@code from}. */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        LocalDateTime start = local(from);
        LocalDateTime end = local(to);
        Duration total = Duration.ZERO;
        for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            if (workingDay.test(day)) {
                LocalDateTime open = later(start, day.atTime(opens));
                LocalDateTime close = earlier(end, day.atTime(closes));
                if (close.isAfter(open)) {
                    total = total.plus(Duration.between(open, close));
                }
            }
        }
        return total;
    }

    /** The office-local moment at which {@code workingTime} of working hours after {@code from} have passed. */
    public LocalDateTime plus(LocalDateTime from, Duration workingTime) {
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("The working time must not be negative, got " + workingTime);
        }
        Duration remaining = workingTime;
        LocalDateTime at = from;
        while (!remaining.isZero()) {
            LocalDate day = at.toLocalDate();
            if (workingDay.test(day)) {
                LocalDateTime open = later(at, day.atTime(opens));
                LocalDateTime close = day.atTime(closes);
                if (close.isAfter(open)) {
                    Duration available = Duration.between(open, close);
                    if (remaining.compareTo(available) <= 0) {
                        return open.plus(remaining);
                    }
                    remaining = remaining.minus(available);
                }
            }
            at = day.plusDays(1).atStartOfDay();
        }
        return at;
    }

    private LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, zone);
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
