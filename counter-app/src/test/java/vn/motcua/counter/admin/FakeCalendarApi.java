package vn.motcua.counter.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.client.ApiException;
import vn.motcua.client.CalendarApi;
import vn.motcua.client.api.CalendarAdjustmentView;
import vn.motcua.client.api.CalendarDay;
import vn.motcua.client.api.CalendarImportResult;

/** The calendar in memory: 2026 with Giỗ Tổ and its compensatory day and one recorded swap; records each call. */
final class FakeCalendarApi implements CalendarApi {

    final List<String> calls = new ArrayList<>();
    final List<CalendarDay> days = new ArrayList<>(List.of(
            new CalendarDay(LocalDate.of(2026, 4, 26), false, CalendarDay.Reason.HOLIDAY, "Giỗ Tổ Hùng Vương", null),
            new CalendarDay(
                    LocalDate.of(2026, 4, 27),
                    false,
                    CalendarDay.Reason.COMPENSATORY,
                    "Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/04/2026)",
                    null),
            new CalendarDay(
                    LocalDate.of(2026, 8, 22),
                    true,
                    CalendarDay.Reason.DECIDED_WORKING_DAY,
                    "Làm bù cho thứ Hai 31/8/2026",
                    CalendarDay.Reason.WEEKEND)));
    ApiException refusal;

    @Override
    public List<CalendarDay> calendarYear(int year, boolean weekends) {
        calls.add("year " + year);
        return days.stream().filter(d -> d.day().getYear() == year).toList();
    }

    @Override
    public List<CalendarAdjustmentView> calendarAdjustments(int year) {
        calls.add("adjustments " + year);
        return List.of();
    }

    @Override
    public CalendarAdjustmentView addCalendarAdjustment(CalendarAdjustmentView adjustment) {
        calls.add("add " + adjustment);
        refuseIfAsked();
        return adjustment;
    }

    @Override
    public void removeCalendarAdjustment(LocalDate day) {
        calls.add("remove " + day);
        refuseIfAsked();
        days.removeIf(d -> d.day().equals(day));
    }

    @Override
    public CalendarImportResult importCalendarAdjustments(String csv) {
        calls.add("import");
        refuseIfAsked();
        return new CalendarImportResult(2, 0);
    }

    @Override
    public CalendarImportResult importCalendarAdjustments(List<CalendarAdjustmentView> adjustments) {
        calls.add("import " + adjustments.size());
        refuseIfAsked();
        return new CalendarImportResult(adjustments.size(), 0);
    }

    private void refuseIfAsked() {
        if (refusal != null) {
            ApiException e = refusal;
            refusal = null;
            throw e;
        }
    }
}
