package vn.motcua.client.api;

import java.time.LocalDate;

/**
 * One government decision for one day, as an administrator records it: a day off on a day that would be
 * worked (a swapped or extra day off, a moved holiday) or a working day on a day that would be off (a
 * Saturday worked in exchange).
 *
 * @param note which decision, in its own words, e.g. "Hoán đổi ngày làm việc (Công văn 12729/VPCP-KGVX)"
 */
public record CalendarAdjustmentView(LocalDate day, Kind kind, String note) {

    public enum Kind {
        DAY_OFF,
        WORKING_DAY
    }
}
