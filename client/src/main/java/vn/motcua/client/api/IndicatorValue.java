package vn.motcua.client.api;

import java.util.List;

/**
 * An indicator's result for one row: {@code value} in {@code unit} (null when its denominator is zero, shown as
 * N/A as the formula document asks), the inputs it came from, and the points it earns where the source gives a
 * score band ({@code maxPoints} null otherwise).
 */
public record IndicatorValue(
        String code, Double value, String unit, List<IndicatorInput> inputs, Double points, Double maxPoints) {}
