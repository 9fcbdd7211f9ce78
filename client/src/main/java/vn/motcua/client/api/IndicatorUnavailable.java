package vn.motcua.client.api;

/** An indicator of QĐ 766 this system cannot compute, and why. */
public record IndicatorUnavailable(String code, String name, String reason) {}
