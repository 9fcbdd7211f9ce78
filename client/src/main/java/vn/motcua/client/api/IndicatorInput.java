package vn.motcua.client.api;

/** One figure an indicator is computed from, e.g. the dossiers handled in the period (its denominator). */
public record IndicatorInput(String key, String label, double value) {}
