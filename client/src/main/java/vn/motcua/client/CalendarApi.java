package vn.motcua.client;

import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import vn.motcua.client.api.CalendarAdjustmentView;
import vn.motcua.client.api.CalendarDay;
import vn.motcua.client.api.CalendarImportResult;

/** The working calendar every deadline is counted on: holidays and the days worked or taken off in their stead. */
@HttpExchange("/calendar")
public interface CalendarApi {

    /** Every day of the year that is not an ordinary weekday, with its reason; ordinary weekends when asked. */
    @GetExchange("/{year}")
    List<CalendarDay> calendarYear(@PathVariable int year, @RequestParam boolean weekends);

    @GetExchange("/{year}/adjustments")
    List<CalendarAdjustmentView> calendarAdjustments(@PathVariable int year);

    @PostExchange("/adjustments")
    CalendarAdjustmentView addCalendarAdjustment(@RequestBody CalendarAdjustmentView adjustment);

    @DeleteExchange("/adjustments/{day}")
    void removeCalendarAdjustment(@PathVariable LocalDate day);

    /** A CSV text with the header day,kind,note; nothing is recorded when any line is wrong. */
    @PostExchange(url = "/adjustments/import", contentType = "text/csv;charset=UTF-8")
    CalendarImportResult importCalendarAdjustments(@RequestBody String csv);

    @PostExchange("/adjustments/import")
    CalendarImportResult importCalendarAdjustments(@RequestBody List<CalendarAdjustmentView> adjustments);
}
