package vn.motcua.client.api;

/**
 * How an indicator is computed: its published formula, its score band, and how sure the source is ("[V]" verified,
 * "[P]" partly verified, "[U]" unverified, as the rules file marks them) with any way this system departs from it.
 */
public record IndicatorDefinition(String code, String name, String formula, String band, String source) {}
