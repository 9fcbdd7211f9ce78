package vn.motcua.server.appointment;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.motcua.client.api.AppointmentArea;
import vn.motcua.client.api.AppointmentSlot;
import vn.motcua.server.calendar.WorkingCalendar;
import vn.motcua.server.office.Office;

/**
 * An area's slots: from the office's opening time, one after another, each ending by closing time, on the days the
 * office opens. A weekday opens when the working calendar makes it a working day (a holiday or compensatory day
 * does not open, a Saturday decided as a working day does); a Saturday or Sunday also opens where the office opens on
 * it and it is no holiday. Only slots still to come, within the days that may be booked ahead, are offered.
 */
@Component
class Slots {

    private final WorkingCalendar calendar;
    private final AppointmentStore store;
    private final AppointmentProperties properties;

    Slots(WorkingCalendar calendar, AppointmentStore store, AppointmentProperties properties) {
        this.calendar = calendar;
        this.store = store;
        this.properties = properties;
    }

    /** The days with slots that may be booked, from today on. */
    List<LocalDate> days(Office office, Instant now) {
        LocalDate today = office.localDay(now);
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < properties.daysAhead(); i++) {
            LocalDate day = today.plusDays(i);
            if (opens(office, day)) {
                days.add(day);
            }
        }
        return days;
    }

    List<AppointmentSlot> of(Office office, AppointmentArea area, LocalDate day, Instant now) {
        List<Instant> starts = starts(office, area, day, now);
        if (starts.isEmpty()) {
            return List.of();
        }
        Map<Instant, Integer> taken =
                store.taken(area.areaId(), starts.getFirst(), starts.getLast().plusSeconds(1));
        return starts.stream()
                .map(start -> new AppointmentSlot(
                        start,
                        area.slotMinutes(),
                        area.capacity(),
                        Math.max(0, area.capacity() - taken.getOrDefault(start, 0))))
                .toList();
    }

    /** Whether {@code start} is one of the area's slots that may still be booked. */
    boolean bookable(Office office, AppointmentArea area, Instant start, Instant now) {
        return starts(office, area, office.localDay(start), now).contains(start);
    }

    private List<Instant> starts(Office office, AppointmentArea area, LocalDate day, Instant now) {
        LocalDate today = office.localDay(now);
        if (day.isBefore(today) || !day.isBefore(today.plusDays(properties.daysAhead())) || !opens(office, day)) {
            return List.of();
        }
        Duration length = Duration.ofMinutes(area.slotMinutes());
        LocalDateTime closes = day.atTime(office.view().closesAt());
        List<Instant> starts = new ArrayList<>();
        for (LocalDateTime at = day.atTime(office.view().opensAt());
                !at.plus(length).isAfter(closes) && at.toLocalDate().equals(day);
                at = at.plus(length)) {
            Instant start = at.atZone(office.zone()).toInstant();
            if (start.isAfter(now)) {
                starts.add(start);
            }
        }
        return starts;
    }

    private boolean opens(Office office, LocalDate day) {
        if (calendar.isWorkingDay(day)) {
            return true;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        boolean opensOnIt = weekday == DayOfWeek.SATURDAY && office.view().openOnSaturday()
                || weekday == DayOfWeek.SUNDAY && office.view().openOnSunday();
        return opensOnIt && calendar.holidayName(day).isEmpty();
    }
}
