package vn.motcua.client.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Waiting times (issue to last call) and service times (start to finish) of a period as distributions in
 * minute bands, plus each clerk's throughput.
 */
public record ServiceTimes(
        LocalDate from, LocalDate to, List<Band> waiting, List<Band> service, List<ClerkFigures> clerks) {

    /** Tickets whose time fell in [fromMinutes, toMinutes); toMinutes null for the last, open band. */
    public record Band(int fromMinutes, Integer toMinutes, long tickets) {}

    public record ClerkFigures(
            long clerkId, String name, long served, double averageServiceMinutes, double averageWaitMinutes) {}
}
