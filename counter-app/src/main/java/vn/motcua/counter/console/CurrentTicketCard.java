package vn.motcua.counter.console;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import vn.motcua.client.api.CounterState;
import vn.motcua.client.api.ServiceAreaView;
import vn.motcua.client.api.TicketView;

/** The ticket at the counter, big enough to read from the citizen's chair; or why there is none. */
final class CurrentTicketCard extends Div {

    private final Span code = new Span();
    private final Span area = new Span();
    private final Span priority = new Span();
    private final Span status = new Span();
    private final Span calls = new Span();

    CurrentTicketCard() {
        addClassName("current-ticket");
        code.addClassName("current-code");
        area.addClassName("current-area");
        priority.addClassName("priority-mark");
        status.addClassName("current-status");
        calls.addClassName("current-calls");
        add(status, code, area, priority, calls);
    }

    void show(CounterState counter, Map<Long, ServiceAreaView> areas) {
        TicketView ticket = counter.current();
        setClassName("paused", counter.paused());
        if (ticket == null) {
            status.setText(
                    counter.paused()
                            ? getTranslation("current.paused", counter.pausedReason())
                            : getTranslation("current.none"));
            code.setVisible(false);
            area.setVisible(false);
            priority.setVisible(false);
            calls.setText("");
            return;
        }
        status.setText(getTranslation("status." + ticket.status().name()));
        code.setVisible(true);
        code.setText(ticket.code());
        area.setVisible(true);
        ServiceAreaView a = areas.get(ticket.areaId());
        area.setText(a == null ? "" : a.name());
        priority.setVisible(ticket.priority() != null);
        priority.setText(
                ticket.priority() == null
                        ? ""
                        : getTranslation("priority." + ticket.priority().name()));
        calls.setText(getTranslation("current.calls", ticket.calls()));
    }
}
