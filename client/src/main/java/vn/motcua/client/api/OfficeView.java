package vn.motcua.client.api;

import java.time.LocalTime;
import java.util.List;

/** An office with its opening hours, service areas and counters. */
public record OfficeView(
        long id,
        String code,
        String name,
        String agencyCode,
        String timeZone,
        LocalTime opensAt,
        LocalTime closesAt,
        boolean openOnSaturday,
        boolean openOnSunday,
        int priorityRun,
        List<ServiceAreaView> areas,
        List<CounterView> counters) {}
