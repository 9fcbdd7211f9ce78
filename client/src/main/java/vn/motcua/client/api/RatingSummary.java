package vn.motcua.client.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Ratings of a period, as the department head reviews them: counts per level (shares follow), counts per
 * reason, and the same counts day by day for the trend.
 */
public record RatingSummary(
        LocalDate from,
        LocalDate to,
        long total,
        Map<RatingLevel, Long> byLevel,
        Map<String, Long> byReason,
        List<Day> byDay) {

    public double share(RatingLevel level) {
        return total == 0 ? 0 : (double) byLevel.getOrDefault(level, 0L) / total;
    }

    public record Day(LocalDate day, Map<RatingLevel, Long> byLevel) {}
}
