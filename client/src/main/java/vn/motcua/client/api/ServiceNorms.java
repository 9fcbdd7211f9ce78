package vn.motcua.client.api;

import java.util.List;

/**
 * An office's service norms; a null limit is no norm. {@code maxWaitingTickets} bounds the tickets waiting in the
 * whole office, {@code idleCounterMinutes} how long a staffed, unpaused counter may call nobody while people wait
 * for its areas. While {@code emailAlerts} is on, the office's heads get one letter when a breach starts, at their
 * staff accounts' email addresses.
 */
public record ServiceNorms(
        Integer maxWaitingTickets, Integer idleCounterMinutes, boolean emailAlerts, List<AreaNorm> areas) {

    /** A service area's limits in minutes: waiting (queued to called) and service (started to finished). */
    public record AreaNorm(long areaId, Integer maxWaitMinutes, Integer maxServiceMinutes) {}

    /** No norm at all: how an office starts. */
    public static ServiceNorms none() {
        return new ServiceNorms(null, null, false, List.of());
    }
}
