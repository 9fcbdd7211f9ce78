package vn.motcua.client.api;

import java.util.List;

/**
 * One row of the indicator table: the province, an agency, an office or one of its areas. {@code rank} orders the
 * offices of a province view (1 = best by 5.4, then 2.1); null on other rows.
 */
public record IndicatorRow(
        IndicatorLevel level,
        String name,
        Long officeId,
        Long areaId,
        String agencyCode,
        Integer rank,
        List<IndicatorValue> values) {}
