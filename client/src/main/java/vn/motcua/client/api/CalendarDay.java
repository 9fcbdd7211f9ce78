package vn.motcua.client.api;

import java.time.LocalDate;

/**
 * One day of the year view: a day whose status differs from an ordinary weekday's, and why.
 *
 * @param working       whether offices work that day
 * @param reason        why the day is listed
 * @param name          the holiday's Vietnamese name, "Nghỉ bù …" for a compensatory day, the decision's note for
 *                      an adjustment; null for an ordinary weekend day
 * @param defaultReason for an adjustment, what the day would be without it (null: an ordinary weekday); null
 *                      otherwise
 */
public record CalendarDay(LocalDate day, boolean working, Reason reason, String name, Reason defaultReason) {

    public enum Reason {
        /** Saturday or Sunday. */
        WEEKEND,
        /** A statutory holiday of Bộ luật Lao động 2019, Điều 112, at its default place. */
        HOLIDAY,
        /** The next working day after a holiday on a weekend (Điều 111 khoản 3). */
        COMPENSATORY,
        /** A day off decided for the year (a moved holiday, a swapped or an extra day off). */
        DECIDED_DAY_OFF,
        /** A day worked by decision: a weekend day worked in exchange, or a default day off moved elsewhere. */
        DECIDED_WORKING_DAY
    }
}
