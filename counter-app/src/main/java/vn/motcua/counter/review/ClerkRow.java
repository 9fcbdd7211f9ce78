package vn.motcua.counter.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.client.api.ServiceTimes;
import vn.motcua.client.api.StaffDossierWork;

/**
 * One clerk's line in the review: tickets from the queue and dossiers from the dossier module, which the server
 * reports separately because neither module reads the other's tables. A clerk with only one kind of work still
 * has a line.
 */
record ClerkRow(
        long clerkId,
        String name,
        long served,
        double averageServiceMinutes,
        double averageWaitMinutes,
        long received,
        long handled,
        long returned) {

    static List<ClerkRow> of(List<ServiceTimes.ClerkFigures> tickets, List<StaffDossierWork> dossiers) {
        Map<Long, ClerkRow> rows = new LinkedHashMap<>();
        for (ServiceTimes.ClerkFigures t : tickets) {
            rows.put(
                    t.clerkId(),
                    new ClerkRow(
                            t.clerkId(),
                            t.name(),
                            t.served(),
                            t.averageServiceMinutes(),
                            t.averageWaitMinutes(),
                            0,
                            0,
                            0));
        }
        for (StaffDossierWork d : dossiers) {
            ClerkRow t = rows.get(d.staffId());
            rows.put(
                    d.staffId(),
                    new ClerkRow(
                            d.staffId(),
                            d.name(),
                            t == null ? 0 : t.served(),
                            t == null ? 0 : t.averageServiceMinutes(),
                            t == null ? 0 : t.averageWaitMinutes(),
                            d.received(),
                            d.handled(),
                            d.returned()));
        }
        return List.copyOf(rows.values());
    }
}
