package vn.motcua.server.office;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.OfficeForms;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.ServiceAreaView;

/** An office as the other features need it: its view, what its printed forms say of it, and the questions they ask of it. */
public record Office(OfficeView view, OfficeForms forms) {

    public long id() {
        return view.id();
    }

    public ZoneId zone() {
        return ZoneId.of(view.timeZone());
    }

    public LocalDate localDay(Instant at) {
        return at.atZone(zone()).toLocalDate();
    }

    public Optional<ServiceAreaView> area(long areaId) {
        return view.areas().stream().filter(a -> a.id() == areaId).findFirst();
    }

    public Optional<CounterView> counter(long counterId) {
        return view.counters().stream().filter(c -> c.id() == counterId).findFirst();
    }

    public List<Long> areaIds() {
        return view.areas().stream().map(ServiceAreaView::id).toList();
    }

    public List<Long> counterIds() {
        return view.counters().stream().map(CounterView::id).toList();
    }

    /** Tickets are handed out on the office's opening days between opening and closing time, local to the office. */
    public boolean isOpen(Instant at) {
        ZonedDateTime local = at.atZone(zone());
        DayOfWeek day = local.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY && !view.openOnSaturday() || day == DayOfWeek.SUNDAY && !view.openOnSunday()) {
            return false;
        }
        LocalTime time = local.toLocalTime();
        return !time.isBefore(view.opensAt()) && time.isBefore(view.closesAt());
    }
}
