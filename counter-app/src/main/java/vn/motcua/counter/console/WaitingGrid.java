package vn.motcua.counter.console;

import com.vaadin.flow.component.grid.Grid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.motcua.client.api.ServiceAreaView;
import vn.motcua.client.api.TicketView;
import vn.motcua.counter.shared.Waits;

/**
 * Who waits for this counter, with how long and why they go first (an appointment on time is a priority; one that came
 * late is marked too, though it queues as a walk-in); a double-click calls one at once.
 */
final class WaitingGrid extends Grid<TicketView> {

    private final Map<Long, ServiceAreaView> areas;

    WaitingGrid(Map<Long, ServiceAreaView> areas, Clock clock, Consumer<TicketView> onCall) {
        this.areas = areas;
        addClassName("waiting");
        addColumn(TicketView::code)
                .setHeader(getTranslation("list.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(this::areaName).setHeader(getTranslation("list.area")).setFlexGrow(1);
        addColumn(this::marks).setHeader(getTranslation("list.marks")).setAutoWidth(true);
        addColumn(t -> getTranslation("list.minutes", Waits.minutes(t, clock.instant())))
                .setHeader(getTranslation("list.waited"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addItemDoubleClickListener(e -> onCall.accept(e.getItem()));
    }

    private String areaName(TicketView ticket) {
        ServiceAreaView area = areas.get(ticket.areaId());
        return area == null ? "" : area.name();
    }

    private String marks(TicketView ticket) {
        List<String> marks = new ArrayList<>();
        if (ticket.priority() != null) {
            marks.add(getTranslation(
                    "priority.mark",
                    getTranslation("priority." + ticket.priority().name())));
        }
        if (ticket.appointment() != null && ticket.priority() == null) {
            marks.add(getTranslation("list.appointmentLate"));
        }
        if (ticket.targetCounterId() != null) {
            marks.add(getTranslation("list.transferredHere"));
        }
        return String.join(" · ", marks);
    }
}
