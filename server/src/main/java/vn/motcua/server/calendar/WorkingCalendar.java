package vn.motcua.server.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.client.api.CalendarDay;

/**
 * Working days of Vietnamese state offices, and the due dates of dossiers counted in them.
 *
 * <p>A day is a working day unless it is a Saturday, a Sunday, a statutory public holiday
 * (Bộ luật Lao động 2019, Điều 112; see {@link StatutoryHolidays} for the defaults where the law
 * leaves the government a choice) or the compensatory day of a holiday that fell on a weekend
 * (Điều 111 khoản 3). A {@link CalendarAdjustment} recorded by an administrator for a day overrides
 * all of that, in either direction.
 *
 * <p>Supported days are those of the solar years 1900 to 2199; others are rejected with an
 * {@link IllegalArgumentException}. Adjustments are read from the database on every call, so that
 * every server instance sees an administrator's change at once.
 */
@Component
public class WorkingCalendar {

    /** Offices and their citizens are all on Vietnamese time, whatever zone a timestamp arrives in. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final CalendarAdjustmentRepository adjustments;

    WorkingCalendar(CalendarAdjustmentRepository adjustments) {
        this.adjustments = adjustments;
    }

    public boolean isWorkingDay(LocalDate day) {
        return new Snapshot().isWorkingDay(day);
    }

    /**
     * The day that is {@code days} working days after {@code from}, not counting {@code from} itself;
     * {@code from} when {@code days} is 0, whether or not it is a working day.
     */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("The number of working days must not be negative, got " + days);
        }
        return new Snapshot().plusWorkingDays(from, days);
    }

    /**
     * The Vietnamese name of the holiday on {@code day}: the statutory name, "Nghỉ bù …" for a
     * compensatory day, or for a decided day off the note of its adjustment. Empty for working days,
     * ordinary weekends, and default days off that a decision turned into working days.
     */
    public Optional<String> holidayName(LocalDate day) {
        requireSupported(day);
        Optional<CalendarAdjustment> adjustment = adjustments.find(day);
        if (adjustment.isPresent()) {
            return adjustment
                    .filter(a -> a.kind() == CalendarAdjustment.Kind.DAY_OFF)
                    .map(CalendarAdjustment::note);
        }
        return defaultHolidayName(day);
    }

    /**
     * The working hours of an office on this calendar, reading the adjustments once: for a computation that
     * walks many days, such as the working time a dossier spent waiting for its applicant.
     */
    public WorkingHours hours(ZoneId zone, LocalTime opens, LocalTime closes) {
        return new WorkingHours(new Snapshot()::isWorkingDay, zone, opens, closes);
    }

    /**
     * When the result of a dossier is due (the "Thời gian trả kết quả" of the receipt, Mẫu 01), on
     * Vietnamese local time.
     *
     * <p>Rule chosen: the day of reception is the day {@code receivedAt} falls on in Vietnam, unless
     * that is not a working day or the time is at or after {@code officeCloses}, in which case it is
     * the next working day. The result is due at {@code officeCloses} on the {@code workingDays}-th
     * working day after the day of reception; with 0 working days, at closing time on the day of
     * reception itself.
     *
     * <p>Why: the shared rules file (shared/domain/one-stop-rules.md) has no section on deadlines; it
     * only shows that the receipt states the period in "ngày làm việc" and prints the due time to the
     * minute (§1, Mẫu 01, items 3 and 5), and that a dossier is on time when it is finished at or
     * before that due time (§2, the QĐ 766 formula {@code NgayKetThucXuLy <= NgayHenTra}). Not
     * counting the day of reception follows Bộ luật Dân sự 2015, Điều 147 khoản 2: a period in days
     * starts on the day after the day it is counted from. A dossier received after hours or on a day
     * off cannot be handled until the next working day, so counting from that day keeps the office's
     * full period. The due time is the closing time rather than midnight (which Điều 148 would give)
     * because a result is handed over at the counter, so the promised time must be one at which the
     * office is open. A dossier received before opening on a working day is received that day: the
     * day of reception is not counted anyway, so it loses no time.
     */
    public LocalDateTime dueAt(
            ZonedDateTime receivedAt, int workingDays, LocalTime officeOpens, LocalTime officeCloses) {
        if (receivedAt == null || officeOpens == null || officeCloses == null) {
            throw new IllegalArgumentException("The reception time and the office hours are required");
        }
        if (!officeOpens.isBefore(officeCloses)) {
            throw new IllegalArgumentException(
                    "The office must open before it closes, got " + officeOpens + " to " + officeCloses);
        }
        if (workingDays < 0) {
            throw new IllegalArgumentException("The number of working days must not be negative, got " + workingDays);
        }
        LocalDateTime local = receivedAt.withZoneSameInstant(VIETNAM).toLocalDateTime();
        Snapshot snapshot = new Snapshot();
        LocalDate receptionDay = local.toLocalDate();
        if (!snapshot.isWorkingDay(receptionDay) || !local.toLocalTime().isBefore(officeCloses)) {
            receptionDay = snapshot.plusWorkingDays(receptionDay, 1);
        }
        return snapshot.plusWorkingDays(receptionDay, workingDays).atTime(officeCloses);
    }

    /**
     * Every day of a solar year whose status is not that of an ordinary weekday, in date order, each with
     * its reason: holidays, compensatory days, decided days off and decided working days (a weekend
     * day or holiday worked in exchange); ordinary weekends only when {@code withWeekends}.
     */
    public List<CalendarDay> year(int year, boolean withWeekends) {
        requireSupported(year);
        Map<LocalDate, CalendarAdjustment> decided = new HashMap<>();
        adjustments.findByYear(year).forEach(a -> decided.put(a.day(), a));
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            CalendarDay.Reason byDefault = defaultReasonOf(day);
            CalendarAdjustment adjustment = decided.get(day);
            if (adjustment != null) {
                days.add(new CalendarDay(
                        day,
                        adjustment.kind() == CalendarAdjustment.Kind.WORKING_DAY,
                        adjustment.kind() == CalendarAdjustment.Kind.WORKING_DAY
                                ? CalendarDay.Reason.DECIDED_WORKING_DAY
                                : CalendarDay.Reason.DECIDED_DAY_OFF,
                        adjustment.note(),
                        byDefault));
            } else if (byDefault == CalendarDay.Reason.WEEKEND) {
                if (withWeekends) {
                    days.add(new CalendarDay(day, false, byDefault, null, null));
                }
            } else if (byDefault != null) {
                days.add(new CalendarDay(
                        day, false, byDefault, defaultHolidayName(day).orElseThrow(), null));
            }
        }
        return days;
    }

    /** The adjustments recorded for one solar year, in date order. */
    public List<CalendarAdjustment> adjustments(int year) {
        requireSupported(year);
        return adjustments.findByYear(year);
    }

    /**
     * Records an adjustment.
     *
     * @throws IllegalArgumentException if the day is outside the supported years, already has an
     *         adjustment, or would not change: a DAY_OFF on a weekend, statutory holiday or
     *         compensatory day, or a WORKING_DAY on an ordinary weekday
     */
    public void addAdjustment(CalendarAdjustment adjustment) {
        if (adjustment == null) {
            throw new IllegalArgumentException("The adjustment is required");
        }
        requireChanges(adjustment);
        try {
            adjustments.insert(adjustment);
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException(adjustment.day() + " already has an adjustment; remove it first", e);
        }
    }

    private static void requireChanges(CalendarAdjustment adjustment) {
        LocalDate day = adjustment.day();
        requireSupported(day);
        boolean workingByDefault = isWorkingByDefault(day);
        if (adjustment.kind() == CalendarAdjustment.Kind.DAY_OFF && !workingByDefault) {
            throw new IllegalArgumentException(day + " is already a day off (" + defaultReason(day)
                    + "); a DAY_OFF adjustment is only for a day that would otherwise be worked");
        }
        if (adjustment.kind() == CalendarAdjustment.Kind.WORKING_DAY && workingByDefault) {
            throw new IllegalArgumentException(day + " is already a working day; a WORKING_DAY adjustment is"
                    + " only for a weekend day, a statutory holiday or a compensatory day");
        }
    }

    /**
     * Records all the adjustments of a file, or none: the entries that fail the checks of
     * {@link #addAdjustment} are returned with their position in the list and nothing is recorded. An entry
     * identical to the adjustment already recorded for its day is left as it is, so a file can be imported
     * again after it was corrected.
     */
    @Transactional
    public ImportOutcome importAdjustments(List<CalendarAdjustment> entries) {
        List<ImportOutcome.Problem> problems = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        List<CalendarAdjustment> toAdd = new ArrayList<>();
        int unchanged = 0;
        for (int i = 0; i < entries.size(); i++) {
            CalendarAdjustment entry = entries.get(i);
            Integer earlier = seen.putIfAbsent(entry.day(), i);
            if (earlier != null) {
                problems.add(new ImportOutcome.Problem(i, entry.day() + " is also entry " + (earlier + 1)));
                continue;
            }
            try {
                requireSupported(entry.day());
                Optional<CalendarAdjustment> recorded = adjustments.find(entry.day());
                if (recorded.isEmpty()) {
                    requireChanges(entry);
                    toAdd.add(entry);
                } else if (recorded.get().equals(entry)) {
                    unchanged++;
                } else {
                    problems.add(new ImportOutcome.Problem(
                            i,
                            entry.day() + " already has another adjustment ("
                                    + recorded.get().kind() + ": "
                                    + recorded.get().note() + "); remove it first"));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new ImportOutcome.Problem(i, e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            return new ImportOutcome(0, 0, problems);
        }
        toAdd.forEach(this::addAdjustment);
        return new ImportOutcome(toAdd.size(), unchanged, List.of());
    }

    /**
     * What an import did, or why it did nothing.
     *
     * @param problems each with the index of its entry in the imported list
     */
    public record ImportOutcome(int added, int unchanged, List<Problem> problems) {

        public record Problem(int index, String message) {}
    }

    /** Removes the adjustment of a day; false if the day had none. */
    public boolean removeAdjustment(LocalDate day) {
        if (day == null) {
            throw new IllegalArgumentException("The day is required");
        }
        return adjustments.delete(day);
    }

    private static boolean isWorkingByDefault(LocalDate day) {
        return defaultReasonOf(day) == null;
    }

    /** Why the day is off before any adjustment; null for a day worked by default. */
    private static CalendarDay.Reason defaultReasonOf(LocalDate day) {
        if (StatutoryHolidays.nameOf(day).isPresent()) {
            return CalendarDay.Reason.HOLIDAY;
        }
        if (StatutoryHolidays.compensatoryNameOf(day).isPresent()) {
            return CalendarDay.Reason.COMPENSATORY;
        }
        return StatutoryHolidays.isWeekend(day) ? CalendarDay.Reason.WEEKEND : null;
    }

    private static Optional<String> defaultHolidayName(LocalDate day) {
        return StatutoryHolidays.nameOf(day).or(() -> StatutoryHolidays.compensatoryNameOf(day));
    }

    private static String defaultReason(LocalDate day) {
        return defaultHolidayName(day)
                .orElseGet(() -> day.getDayOfWeek() == DayOfWeek.SATURDAY ? "Saturday" : "Sunday");
    }

    private static void requireSupported(LocalDate day) {
        if (day == null) {
            throw new IllegalArgumentException("The day is required");
        }
        requireSupported(day.getYear());
    }

    private static void requireSupported(int year) {
        if (year < LunarCalendar.FIRST_SUPPORTED_YEAR || year > LunarCalendar.LAST_SUPPORTED_YEAR) {
            throw new IllegalArgumentException("The working calendar covers the years "
                    + LunarCalendar.FIRST_SUPPORTED_YEAR + " to " + LunarCalendar.LAST_SUPPORTED_YEAR
                    + " only, got " + year);
        }
    }

    /**
     * One consistent view of the adjustments for the length of a single computation, loading each
     * year once: a due date may walk over dozens of days.
     */
    private final class Snapshot {

        private final Map<Integer, Map<LocalDate, CalendarAdjustment.Kind>> byYear = new HashMap<>();

        boolean isWorkingDay(LocalDate day) {
            requireSupported(day);
            CalendarAdjustment.Kind kind =
                    byYear.computeIfAbsent(day.getYear(), this::load).get(day);
            return kind == null ? isWorkingByDefault(day) : kind == CalendarAdjustment.Kind.WORKING_DAY;
        }

        LocalDate plusWorkingDays(LocalDate from, int days) {
            requireSupported(from);
            LocalDate day = from;
            for (int counted = 0; counted < days; ) {
                day = day.plusDays(1);
                if (isWorkingDay(day)) {
                    counted++;
                }
            }
            return day;
        }

        private Map<LocalDate, CalendarAdjustment.Kind> load(int year) {
            Map<LocalDate, CalendarAdjustment.Kind> kinds = new HashMap<>();
            for (CalendarAdjustment adjustment : adjustments.findByYear(year)) {
                kinds.put(adjustment.day(), adjustment.kind());
            }
            return kinds;
        }
    }
}
