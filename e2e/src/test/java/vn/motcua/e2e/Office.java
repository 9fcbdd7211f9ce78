package vn.motcua.e2e;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.CounterState;
import vn.motcua.client.api.OfficeSnapshot;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.TicketStatus;
import vn.motcua.client.api.TicketView;

/** The demo centre's ids, looked up by name rather than assumed: office, its counter 1, its area A. */
record Office(long id, long counter1, long areaA) {

    static Office centre(MotcuaClient client) {
        OfficeView office = client.offices().offices().stream()
                .filter(o -> o.name().equals(Ui.OFFICE))
                .findFirst()
                .orElseThrow(() -> new AssertionError("The demo office " + Ui.OFFICE + " is not seeded"));
        long counter = office.counters().stream()
                .filter(c -> c.number() == 1)
                .findFirst()
                .orElseThrow()
                .id();
        long area = office.areas().stream()
                .filter(a -> a.name().equals(Ui.AREA_A))
                .findFirst()
                .orElseThrow()
                .id();
        return new Office(office.id(), counter, area);
    }

    /**
     * Best effort, after a class: counter 1 free and nothing waiting for it (areas A and B, tickets sent to it),
     * so that a class that failed half-way does not leave the next class's call-next a different ticket.
     */
    static void clearCounter1(URI server) {
        try {
            MotcuaClient clerk = new MotcuaClient(server);
            clerk.signInStaff(Ui.CLERK, Ui.PASSWORD);
            Office office = centre(clerk);
            List<Long> areas = clerk.offices().offices().stream()
                    .filter(o -> o.id() == office.id())
                    .findFirst()
                    .orElseThrow()
                    .counters()
                    .stream()
                    .filter(c -> c.id() == office.counter1())
                    .findFirst()
                    .orElseThrow()
                    .areaIds();
            OfficeSnapshot snapshot = clerk.queue().snapshot(office.id());
            CounterState counter = snapshot.counters().stream()
                    .filter(c -> c.counterId() == office.counter1())
                    .findFirst()
                    .orElse(null);
            List<TicketView> leftovers = new ArrayList<>();
            if (counter != null) {
                if (counter.current() != null && counter.current().status() == TicketStatus.CALLED) {
                    clerk.queue().noShow(office.id(), office.counter1());
                } else if (counter.current() != null && counter.current().status() == TicketStatus.SERVING) {
                    clerk.queue().finish(office.id(), office.counter1());
                }
                leftovers.addAll(counter.queued());
            }
            areas.forEach(a -> leftovers.addAll(snapshot.waitingByArea().getOrDefault(a, List.of())));
            leftovers.forEach(t -> clerk.queue().cancel(office.id(), t.id()));
            if (!leftovers.isEmpty()) {
                System.err.println("[e2e] cancelled tickets left waiting for counter 1: "
                        + leftovers.stream().map(TicketView::code).toList());
            }
        } catch (RuntimeException e) {
            System.err.println("[e2e] could not clear counter 1: " + e);
        }
    }
}
