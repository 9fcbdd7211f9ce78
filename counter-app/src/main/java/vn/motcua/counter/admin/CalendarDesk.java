package vn.motcua.counter.admin;

import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.CalendarAdjustmentView;
import vn.motcua.client.api.CalendarDay;
import vn.motcua.client.api.CalendarImportResult;

/**
 * The working calendar part of the server's API, apart from the queue's Backend so that the other screens and
 * their fake stay as they are. One per Vaadin session, sharing that session's signed-in client. Refusals are
 * ApiExceptions.
 */
public interface CalendarDesk {

    /** Every day of the year that is not an ordinary weekday, with its reason; weekends left out. */
    List<CalendarDay> year(int year);

    CalendarAdjustmentView add(CalendarAdjustmentView adjustment);

    void remove(LocalDate day);

    /** A CSV text with the header day,kind,note; nothing is recorded when any line is wrong. */
    CalendarImportResult importCsv(String csv);

    /** The desk over the same client as the session's Backend, so both act as the one signed-in person. */
    static CalendarDesk over(MotcuaClient client) {
        return new ClientCalendarDesk(client);
    }

    static void install(VaadinSession session, CalendarDesk desk) {
        session.setAttribute(CalendarDesk.class, desk);
    }

    static CalendarDesk current() {
        return VaadinSession.getCurrent().getAttribute(CalendarDesk.class);
    }
}
