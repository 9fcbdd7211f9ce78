package vn.motcua.counter.admin;

import java.time.LocalDate;
import java.util.List;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.CalendarAdjustmentView;
import vn.motcua.client.api.CalendarDay;
import vn.motcua.client.api.CalendarImportResult;

/** The real desk: the typed REST client. */
final class ClientCalendarDesk implements CalendarDesk {

    private final MotcuaClient client;

    ClientCalendarDesk(MotcuaClient client) {
        this.client = client;
    }

    @Override
    public List<CalendarDay> year(int year) {
        return client.calendar().calendarYear(year, false);
    }

    @Override
    public CalendarAdjustmentView add(CalendarAdjustmentView adjustment) {
        return client.calendar().addCalendarAdjustment(adjustment);
    }

    @Override
    public void remove(LocalDate day) {
        client.calendar().removeCalendarAdjustment(day);
    }

    @Override
    public CalendarImportResult importCsv(String csv) {
        return client.calendar().importCalendarAdjustments(csv);
    }
}
