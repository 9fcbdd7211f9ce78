package vn.motcua.client.api;

import java.time.LocalDate;
import java.util.Map;

/** A clerk's own figures for today: tickets served, average service and waiting minutes, ratings received. */
public record MyDay(
        LocalDate day,
        long served,
        double averageServiceMinutes,
        double averageWaitMinutes,
        Map<RatingLevel, Long> ratings) {}
